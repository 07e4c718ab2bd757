package io.opencert.scheduling.rules;

import io.opencert.events.model.Site;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.opencert.scheduling.rules.ProgrammeRule.CERTIFICATE_SUSPENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.EXTENSION_DROPS_SITE;
import static io.opencert.scheduling.rules.ProgrammeRule.EXTENSION_DUE_AFTER_RECERTIFICATION;
import static io.opencert.scheduling.rules.ProgrammeRule.NOTHING_TO_EXTEND;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_ENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_NOT_CERTIFIED;
import static io.opencert.scheduling.rules.ProgrammeRule.SCOPE_EXTENSION_PENDING;

/**
 * When a scope extension audit may be planned in a programme (ISO/IEC 17021-1, 9.6.4.2: a scope extension needs an
 * audit first, and its decision reissues a live certificate). The extension names the whole new scope and every site,
 * existing and added, so that the decision can compare them with the certificate; a site leaving it is a scope
 * reduction instead.
 */
public final class ScopeExtension {

    /**
     * The cycle to extend, as scheduling knows it.
     *
     * @param extensionStillDue a scope extension of the cycle is planned, booked or on hold
     * @param recertificationDueBy the end of the recertification's due window; null when none is planned
     */
    public record Cycle(CycleStatus status, String scope, List<Site> sites, boolean extensionStillDue,
                        LocalDate recertificationDueBy) {
    }

    /** What staff ask for: the whole extended scope, every site with its id, and the audit's due window. */
    public record Extension(String scope, List<Site> sites, DueWindow window) {
    }

    /** The first rule the extension breaks, in the order a planner would put it right; empty when none. */
    public static Optional<Refusal> check(Cycle cycle, Extension extension) {
        return switch (cycle.status()) {
            case AWAITING_CERTIFICATE -> refuse(PROGRAMME_NOT_CERTIFIED, "The programme has no certificate yet; "
                    + "its scope is the one applied for, and the stage 2 audit covers any change to it.");
            case RENEWED, WITHDRAWN, EXPIRED -> refuse(PROGRAMME_ENDED, "The programme's cycle has ended ("
                    + cycle.status() + "); only a live certificate's scope can be extended"
                    + (cycle.status() == CycleStatus.RENEWED ? ", in the programme of its current cycle." : "."));
            case SUSPENDED -> refuse(CERTIFICATE_SUSPENDED, "The certificate is suspended; its scope can be "
                    + "extended once it is reinstated.");
            case CERTIFIED -> checkCertified(cycle, extension);
        };
    }

    private static Optional<Refusal> checkCertified(Cycle cycle, Extension extension) {
        if (cycle.extensionStillDue()) {
            return refuse(SCOPE_EXTENSION_PENDING, "A scope extension audit of this programme is planned and "
                    + "not completed yet; change or cancel that one instead.");
        }
        Set<UUID> requested = ids(extension.sites());
        List<String> dropped = cycle.sites().stream().filter(site -> !requested.contains(site.siteId()))
                .map(Site::name).toList();
        if (!dropped.isEmpty()) {
            return refuse(EXTENSION_DROPS_SITE, "The extension leaves out the certified site(s) " + dropped
                    + "; list every site, existing and added (a site leaving the certificate is a scope reduction).");
        }
        if (sameScope(cycle.scope(), extension.scope()) && addedSites(cycle, extension).isEmpty()) {
            return refuse(NOTHING_TO_EXTEND, "The scope is the certified one and no site is added.");
        }
        LocalDate by = cycle.recertificationDueBy();
        if (by != null && extension.window().by().isAfter(by)) {
            return refuse(EXTENSION_DUE_AFTER_RECERTIFICATION, "The extension would be due by "
                    + extension.window().by() + ", after the recertification closes on " + by
                    + "; plan it by then, or extend the scope with the recertification.");
        }
        return Optional.empty();
    }

    /** The extension's sites that the cycle does not have yet. */
    public static List<Site> addedSites(Cycle cycle, Extension extension) {
        Set<UUID> certified = ids(cycle.sites());
        return extension.sites().stream().filter(site -> !certified.contains(site.siteId())).toList();
    }

    /** The same words, whatever the spacing or case: no extension of what is certified. */
    static boolean sameScope(String certified, String requested) {
        return normalised(certified).equals(normalised(requested));
    }

    private static String normalised(String scope) {
        return scope.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<UUID> ids(List<Site> sites) {
        return sites.stream().map(Site::siteId).collect(Collectors.toSet());
    }

    private static Optional<Refusal> refuse(ProgrammeRule rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }

    private ScopeExtension() {
    }
}
