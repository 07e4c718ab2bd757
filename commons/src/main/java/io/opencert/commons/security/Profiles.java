package io.opencert.commons.security;

import java.util.List;
import java.util.Set;

/** The run-time profiles in which what only development and demonstrations need is allowed. */
public final class Profiles {
    private static final Set<String> RELAXED = Set.of("dev", "test", "local");

    private Profiles() {
    }

    /** True in development, in tests and on the local stack ({@code quarkus.profile}); false in production. */
    public static boolean relaxed(List<String> activeProfiles) {
        return activeProfiles.stream().anyMatch(RELAXED::contains);
    }
}
