package io.opencert.client.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A withdrawn edition (see {@link Standard#notCertifiableFrom()}) is not quoted or contracted any more, so no new
 * certification, renewal or extension is sold for it. Certificates already issued to it keep their dates: this rule
 * says what may be sold, not what was certified.
 */
public final class Editions {
    /** The editions among {@code standards} no longer certifiable on {@code day}, in the catalogue's order. */
    public static List<Standard> withdrawn(Collection<Standard> standards, LocalDate day) {
        return standards.stream().filter(standard -> !standard.certifiableOn(day)).distinct().sorted().toList();
    }

    /** Why the editions cannot be applied for, in words: "ISO/IEC 20000-1:2011 is no longer certifiable ...". */
    public static String explain(List<Standard> withdrawn) {
        return withdrawn.stream().map(standard -> standard.title() + " is no longer certifiable since "
                        + standard.notCertifiableFrom().orElseThrow() + " (end of its transition period)"
                        + standard.successor().map(successor -> "; apply for " + successor.title() + " instead")
                        .orElse(""))
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
            throw new RuleViolation(ClientRule.EDITION_WITHDRAWN, detail,
                    List.of(new Problem.Violation("standards", explain(withdrawn))));
        }
    }

    private Editions() {
    }
}
