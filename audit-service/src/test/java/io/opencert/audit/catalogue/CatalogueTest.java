package io.opencert.audit.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {

    @Test
    void iso20000Part1HasTheLeafClausesOf4To10InDocumentOrder() {
        assertThat(Iso20000Part1.LEAVES).extracting(Clause::number).containsExactly(
                "4.1", "4.2", "4.3", "4.4",
                "5.1", "5.2", "5.3",
                "6.1", "6.2", "6.3",
                "7.1", "7.2", "7.3", "7.4", "7.5", "7.6",
                "8.1",
                "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6",
                "8.3.1", "8.3.2", "8.3.3", "8.3.4",
                "8.4.1", "8.4.2", "8.4.3",
                "8.5.1", "8.5.2", "8.5.3",
                "8.6.1", "8.6.2", "8.6.3",
                "8.7.1", "8.7.2", "8.7.3",
                "9.1", "9.2", "9.3", "9.4",
                "10.1", "10.2");
    }

    @Test
    void clausesCarryTheirTitles() {
        assertThat(Iso20000Part1.clause("4.3")).map(Clause::title)
                .contains("Determining the scope of the service management system");
        assertThat(Iso20000Part1.clause("8.2.3")).map(Clause::title)
                .contains("Control of parties involved in the service lifecycle");
        assertThat(Iso20000Part1.clause("8.5")).map(Clause::title).contains("Service design, build and transition");
        assertThat(Iso20000Part1.clause("9.1")).map(Clause::title)
                .contains("Monitoring, measurement, analysis and evaluation");
        assertThat(Iso20000Part1.clause("10.1")).map(Clause::title).contains("Nonconformity and corrective action");
        assertThat(Iso20000Part1.clause("11")).isEmpty();
    }

    @Test
    void everySubclauseHasItsParentBeforeIt() {
        List<String> numbers = Iso20000Part1.CLAUSES.stream().map(Clause::number).toList();
        assertThat(numbers).doesNotHaveDuplicates();
        Iso20000Part1.CLAUSES.stream().filter(clause -> clause.parentNumber() != null).forEach(clause ->
                assertThat(numbers.indexOf(clause.parentNumber())).as(clause.number())
                        .isBetween(0, numbers.indexOf(clause.number()) - 1));
    }

    @Test
    void the2011ProcessGroupsMapOntoClause8AndTheServiceReporting() {
        assertThat(ProcessGroup2011.SERVICE_DELIVERY.clauses())
                .containsExactly("8.3.3", "8.4.1", "8.4.3", "8.7.1", "8.7.2", "8.7.3", "9.4");
        assertThat(ProcessGroup2011.RELATIONSHIP.clauses()).containsExactly("8.3.2", "8.3.4");
        assertThat(ProcessGroup2011.RESOLUTION.clauses()).containsExactly("8.6.1", "8.6.2", "8.6.3");
        assertThat(ProcessGroup2011.CONTROL.clauses()).containsExactly("8.2.5", "8.2.6", "8.5.1");
        assertThat(ProcessGroup2011.RELEASE_AND_DEPLOYMENT.clauses()).containsExactly("8.5.3");
        assertThat(ProcessGroup2011.of("8.6.2")).contains(ProcessGroup2011.RESOLUTION);
        assertThat(ProcessGroup2011.of("8.2.4")).isEmpty();

        Set<String> leaves = Iso20000Part1.LEAVES.stream().map(Clause::number).collect(Collectors.toSet());
        List<String> mapped = java.util.Arrays.stream(ProcessGroup2011.values())
                .flatMap(group -> group.clauses().stream()).toList();
        assertThat(mapped).doesNotHaveDuplicates().allSatisfy(clause -> assertThat(leaves).contains(clause));
    }

    @Test
    void tr20000Part9HasTheFifteenCloudScenarios() {
        assertThat(Tr20000Part9.CLOUD_SCENARIOS).hasSize(15);
        assertThat(Tr20000Part9.CLOUD_SCENARIOS.getFirst())
                .isEqualTo(new Clause("5.1", "Identify the context for service management of cloud services"));
        assertThat(Tr20000Part9.CLOUD_SCENARIOS.get(7)).isEqualTo(new Clause("5.8", "Onboarding the customer"));
        assertThat(Tr20000Part9.CLOUD_SCENARIOS.getLast()).isEqualTo(new Clause("5.15", "Remove a cloud service"));
    }
}
