package io.opencert.audit.plan;

import io.opencert.audit.plan.PlanRules.AuditFacts;
import io.opencert.audit.plan.PlanRules.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 5, 12);
    private static final UUID HEAD_OFFICE = UUID.randomUUID();
    private static final AuditFacts AUDIT = new AuditFacts(FIRST, FIRST.plusDays(1), List.of("anna", "carl"), List.of(HEAD_OFFICE));

    @Test
    void aPlanOfTheTeamAtTheAuditsSitesOnItsDaysIsWorkable() {
        assertThat(PlanRules.check(AUDIT, List.of(
                slot(FIRST, 9, 12, "anna", HEAD_OFFICE),
                slot(FIRST, 9, 12, "carl", null),
                slot(FIRST, 12, 16, "anna", HEAD_OFFICE),
                slot(FIRST.plusDays(1), 9, 10, "anna", HEAD_OFFICE)))).isEmpty();
    }

    @Test
    void eachBadSlotIsNamed() {
        assertThat(PlanRules.check(AUDIT, List.of(
                slot(FIRST.minusDays(1), 9, 12, "anna", HEAD_OFFICE),
                slot(FIRST, 12, 12, "bea", UUID.randomUUID()))))
                .containsExactly(
                        new Violation(0, "day", "must be a day of the audit, 2025-05-12 to 2025-05-13"),
                        new Violation(1, "endsAt", "must be after startsAt"),
                        new Violation(1, "auditor", "is not on the audit team"),
                        new Violation(1, "siteId", "is not a site of this audit"));
    }

    @Test
    void anAuditorIsNotInTwoSlotsAtOnce() {
        assertThat(PlanRules.check(AUDIT, List.of(
                slot(FIRST, 9, 12, "anna", HEAD_OFFICE),
                slot(FIRST, 11, 13, "anna", null))))
                .containsExactly(new Violation(1, "startsAt", "overlaps slot 0 of the same auditor"));
    }

    @Test
    void withoutAKnownLastDayEveryDayFromTheFirstIsAllowed() {
        AuditFacts openEnded = new AuditFacts(FIRST, null, List.of("anna"), List.of());
        assertThat(PlanRules.check(openEnded, List.of(slot(FIRST.plusDays(9), 9, 10, "anna", null)))).isEmpty();
    }

    private static PlanEntry slot(LocalDate day, int from, int to, String auditor, UUID site) {
        return new PlanEntry(day, LocalTime.of(from, 0), LocalTime.of(to, 0), auditor, site, "Interviews", List.of("8.5.1"));
    }
}
