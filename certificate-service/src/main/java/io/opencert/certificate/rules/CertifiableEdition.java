package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;

import java.time.LocalDate;

/**
 * No certificate to an edition past the end of its transition (see {@link Standard#notCertifiableFrom()}) is granted,
 * renewed, transferred or extended; certificates issued before keep their dates and are suspended, withdrawn and
 * expire as usual.
 */
public final class CertifiableEdition {
    /** Refuses a decision of a kind that certifies, on {@code decisionDate}, to an edition no longer certifiable. */
    public static void requireCertifiable(DecisionKind kind, Standard standard, LocalDate decisionDate) {
        if (kind.certifies() && !standard.certifiableOn(decisionDate)) {
            throw new RuleViolation(CertificationRule.EDITION_WITHDRAWN, standard.title()
                    + " is no longer certifiable since " + standard.notCertifiableFrom().orElseThrow()
                    + " (end of its transition period): no " + kind + " to it is granted"
                    + standard.successor().map(next -> "; certification is to " + next.title()).orElse("") + ".");
        }
    }

    private CertifiableEdition() {
    }
}
