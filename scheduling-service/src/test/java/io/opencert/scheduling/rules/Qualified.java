package io.opencert.scheduling.rules;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.rules.Competence.Qualification;
import io.opencert.scheduling.rules.Competence.QualifiedRole;
import io.opencert.scheduling.rules.TeamRules.RegisteredAuditor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Register entries and qualifications for rule tests. */
final class Qualified {
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    static final LocalDate FAR_AHEAD = LocalDate.of(2099, 12, 31);

    /** A person qualified, for good and in no technical area, for each of the standards, to lead them or not. */
    static RegisteredAuditor registered(String username, Set<Standard> standards, boolean lead) {
        return new RegisteredAuditor(username, standards, lead, qualifications(standards, lead));
    }

    static List<Qualification> qualifications(Collection<Standard> standards, boolean lead) {
        return standards.stream()
                .map(standard -> qualification(standard, lead ? QualifiedRole.LEAD_AUDITOR : QualifiedRole.AUDITOR,
                        LONG_AGO, FAR_AHEAD))
                .toList();
    }

    static Qualification qualification(Standard standard, QualifiedRole role, LocalDate grantedOn,
                                       LocalDate expiresOn, String... areas) {
        return new Qualification(UUID.randomUUID(), standard, role, List.of(areas), "training record", grantedOn,
                expiresOn);
    }

    private Qualified() {
    }
}
