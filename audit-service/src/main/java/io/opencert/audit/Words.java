package io.opencert.audit;

import java.util.Locale;

/** The certification body's words for a constant of the code, as reports and checklists print them. */
public final class Words {

    /** MAJOR_NONCONFORMITY as "major nonconformity". */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The text on one line, cut after at most {@code max} characters at the end of a word and marked with an ellipsis
     * when it is longer: the short form of an auditor's statement that an event or list carries.
     */
    public static String shortened(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? line.substring(0, cut) : line.substring(0, max - 1)).stripTrailing() + "\u2026";
    }

    private Words() {
    }
}
