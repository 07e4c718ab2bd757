package io.opencert.audit;

import java.util.Locale;

/** The certification body's words for a constant of the code, as reports and checklists print them. */
public final class Words {

    /** MAJOR_NONCONFORMITY as "major nonconformity". */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Words() {
    }
}
