package io.opencert.audit.preassessment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-assessment report states findings, never advice on how to fix them: analysis and implementation are the
 * client's own work, and a certification body that consults may not certify (ISO/IEC 17021-1 impartiality).
 * This finds the wording of advice in a text.
 */
public final class ImpartialWording {
    private static final List<String> ADVICE = List.of("should", "ought to", "recommend", "recommended", "advise",
            "suggest", "we propose", "consider implementing", "it is advisable", "needs to implement", "must implement");
    private static final Pattern PATTERN = Pattern.compile("\\b(" + String.join("|", ADVICE) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first wording of advice in the text, in lower case; empty when the text states findings only. */
    public static Optional<String> adviceIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PATTERN.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private ImpartialWording() {
    }
}
