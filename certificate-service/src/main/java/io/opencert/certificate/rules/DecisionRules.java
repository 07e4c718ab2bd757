package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.TeamMember;

import java.util.Collection;

/** What ISO/IEC 17021-1 requires before certification may be granted. */
public final class DecisionRules {
    public static final String DECISION_MAKER_ON_AUDIT_TEAM = "decision-maker-on-audit-team";
    public static final String OPEN_MAJOR_NONCONFORMITY = "open-major-nonconformity";

    /** Throws the {@link RuleViolation} of the first rule the decision would break. */
    public static void requireMayGrant(String decisionMaker, Collection<TeamMember> auditTeam,
                                       int openMajorNonconformities) {
        auditTeam.stream()
                .filter(member -> member.username().equalsIgnoreCase(decisionMaker))
                .findFirst()
                .ifPresent(member -> {
                    throw new RuleViolation(DECISION_MAKER_ON_AUDIT_TEAM, "Decision-maker was on the audit team",
                            "ISO/IEC 17021-1, 9.5.1.2: the decision on granting certification is made by persons "
                                    + "who did not carry out the audit. " + decisionMaker + " was on the audit team as "
                                    + member.role() + "; another decision-maker has to decide.");
                });
        if (openMajorNonconformities > 0) {
            throw new RuleViolation(OPEN_MAJOR_NONCONFORMITY, "Major nonconformity still open",
                    "ISO/IEC 17021-1, 9.5.2: before certification is granted, the correction and corrective action of "
                            + "every major nonconformity must be reviewed, accepted and verified as effective; "
                            + openMajorNonconformities + " major nonconformity(ies) of this audit are still open.");
        }
    }

    private DecisionRules() {
    }
}
