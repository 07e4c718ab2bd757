package io.opencert.client.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The editions of the standards and the day each stopped being certifiable (DOMAIN.md, "editions"): a withdrawn
 * edition is not quoted or contracted any more, so no new certification, renewal or extension is sold for it.
 * Certificates already issued to it keep their dates: this rule says what may be sold, not what was certified.
 *
 * <p>ISO/IEC 20000-1:2011: ISO/IEC 20000-1:2018 was published on 15 September 2018, and IAF Resolution 2018-14 set a
 * three-year transition: certificates to the 2011 edition expire or are withdrawn before 30 September 2021
 * (https://www.rva.nl/en/nieuws/transition-iso-20000-12011-to-iso-20000-12018/). From that day on the 2011 edition is
 * not certifiable. ISO/IEC 20000-1:2018 and ISO/IEC TR 20000-9:2015 are open.
 */
public final class Editions {
    /** The problem type of a quotation or contract of a withdrawn edition (409). */
    public static final String RULE = "edition-withdrawn";

    private static final Map<Standard, LocalDate> NOT_CERTIFIABLE_FROM = new EnumMap<>(Map.of(
            Standard.ISO_IEC_20000_1_2011, LocalDate.of(2021, 9, 30)));
    private static final Map<Standard, Standard> SUCCESSOR = new EnumMap<>(Map.of(
            Standard.ISO_IEC_20000_1_2011, Standard.ISO_IEC_20000_1_2018));

    /** The first day on which the edition is no longer certifiable; empty while it is open. */
    public static Optional<LocalDate> notCertifiableFrom(Standard standard) {
        return Optional.ofNullable(NOT_CERTIFIABLE_FROM.get(standard));
    }

    /** Whether the edition may be quoted and contracted on {@code day}. */
    public static boolean certifiable(Standard standard, LocalDate day) {
        return notCertifiableFrom(standard).map(from -> day.isBefore(from)).orElse(true);
    }

    /** The editions among {@code standards} no longer certifiable on {@code day}, in the catalogue's order. */
    public static List<Standard> withdrawn(Collection<Standard> standards, LocalDate day) {
        return standards.stream().filter(standard -> !certifiable(standard, day)).distinct().sorted().toList();
    }

    /** Why the editions cannot be applied for, in words: "ISO/IEC 20000-1:2011 is no longer certifiable ...". */
    public static String explain(List<Standard> withdrawn) {
        return withdrawn.stream().map(standard -> standard.title() + " is no longer certifiable since "
                        + NOT_CERTIFIABLE_FROM.get(standard) + " (end of its transition period)"
                        + (SUCCESSOR.containsKey(standard)
                        ? "; apply for " + SUCCESSOR.get(standard).title() + " instead" : ""))
                .collect(Collectors.joining("; "));
    }

    /**
     * Refuses a quotation or contract that includes an edition no longer certifiable on {@code day}: 409
     * edition-withdrawn, the field {@code standards} named.
     */
    public static void requireCertifiable(Collection<Standard> standards, LocalDate day) {
        List<Standard> withdrawn = withdrawn(standards, day);
        if (!withdrawn.isEmpty()) {
            String detail = explain(withdrawn) + ". Existing certificates keep their dates; no new quotation or "
                    + "contract is made for a withdrawn edition.";
            throw new ProblemException(409, RULE, "Edition no longer certifiable", detail,
                    List.of(new Problem.Violation("standards", explain(withdrawn))));
        }
    }

    private Editions() {
    }
}
