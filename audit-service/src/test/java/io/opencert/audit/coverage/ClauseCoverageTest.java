package io.opencert.audit.coverage;

import io.opencert.audit.catalogue.Clause;
import io.opencert.audit.coverage.ClauseCoverage.AuditedClauses;
import io.opencert.audit.coverage.ClauseCoverage.Coverage;
import io.opencert.audit.coverage.ClauseCoverage.Requirement;
import io.opencert.events.model.AuditType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseCoverageTest {
    private static final List<Clause> REQUIREMENTS = List.of(new Clause("4.1", "Understanding the organization"),
            new Clause("8.2.5", "Asset management"), new Clause("8.7.3", "Information security management"),
            new Clause("10.2", "Continual improvement"));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0} counts towards the cycle: {1}")
    @CsvSource({
            "STAGE_2, true", "SURVEILLANCE, true", "RECERTIFICATION, true", "SPECIAL, true", "SCOPE_EXTENSION, true",
            "CLOUD_EXTENSION, true", "STAGE_1, false", "PRE_ASSESSMENT, false", "SYSTEM_AND_RISK_REVIEW, false"
    })
    void onlyAuditsOfTheImplementedSystemCount(AuditType type, boolean counts) {
        assertThat(ClauseCoverage.counts(type)).isEqualTo(counts);
        Coverage coverage = ClauseCoverage.of(REQUIREMENTS, List.of(audit(type, DAY, "4.1", "8.2.5", "8.7.3", "10.2")));
        assertThat(coverage.neverAudited()).hasSize(counts ? 0 : 4);
    }

    @Test
    void withoutAuditsEveryRequirementIsStillToBeAudited() {
        Coverage coverage = ClauseCoverage.of(REQUIREMENTS, List.of());
        assertThat(coverage.neverAudited()).containsExactly("4.1", "8.2.5", "8.7.3", "10.2");
        assertThat(coverage.requirements()).allSatisfy(requirement -> {
            assertThat(requirement.auditedIn()).isEmpty();
            assertThat(requirement.lastAuditedOn()).isNull();
        });
    }

    @Test
    void surveillanceSamplesAddUpOverTheCycleTheEarliestAuditFirst() {
        AuditedClauses second = audit(AuditType.SURVEILLANCE, DAY.plusYears(1), "4.1", "8.2.5");
        AuditedClauses first = audit(AuditType.SURVEILLANCE, DAY, "4.1", "10.2");

        Coverage coverage = ClauseCoverage.of(REQUIREMENTS, List.of(second, first));

        assertThat(coverage.neverAudited()).containsExactly("8.7.3");
        assertThat(coverage.requirements()).containsExactly(
                new Requirement("4.1", "Understanding the organization", List.of(first.auditId(), second.auditId()),
                        DAY.plusYears(1)),
                new Requirement("8.2.5", "Asset management", List.of(second.auditId()), DAY.plusYears(1)),
                new Requirement("8.7.3", "Information security management", List.of(), null),
                new Requirement("10.2", "Continual improvement", List.of(first.auditId()), DAY));
    }

    private static AuditedClauses audit(AuditType type, LocalDate lastDayOnSite, String... clauses) {
        return new AuditedClauses(UUID.randomUUID(), type, lastDayOnSite, Set.of(clauses));
    }
}
