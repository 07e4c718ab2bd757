package io.opencert.audit.catalogue;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.opencert.audit.catalogue.ChecklistSection.CLOUD_SCENARIOS;
import static io.opencert.audit.catalogue.ChecklistSection.SMS_REQUIREMENTS;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static org.assertj.core.api.Assertions.assertThat;

class ChecklistGeneratorTest {
    private static final int LEAF_CLAUSES = 45;
    private static final int CLOUD_SCENARIO_COUNT = 15;
    private static final List<Standard> PART_1 = List.of(ISO_IEC_20000_1_2018);
    private static final List<Standard> PART_1_AND_CLOUD = List.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);

    @Test
    void stage1ReviewsTheDocumentedInformation() {
        List<ChecklistEntry> checklist = ChecklistGenerator.generate(AuditType.STAGE_1, PART_1);

        assertThat(checklist).extracting(ChecklistEntry::clause).containsExactly(
                "4.3", "4.4", "5.2", "6.2", "7.2", "7.5", "8.2.4", "8.3.3", "9.2", "9.3", "9.4");
        assertThat(checklist).extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist).contains(new ChecklistEntry(SMS_REQUIREMENTS, "7.2", "Competence"),
                new ChecklistEntry(SMS_REQUIREMENTS, "8.2.4", "Service catalogue management"));
    }

    @Test
    void stage1OfACloudScopeAddsTheCloudScenarios() {
        List<ChecklistEntry> checklist = ChecklistGenerator.generate(AuditType.STAGE_1, PART_1_AND_CLOUD);

        assertThat(checklist).hasSize(11 + CLOUD_SCENARIO_COUNT);
        assertThat(checklist.get(11)).isEqualTo(new ChecklistEntry(CLOUD_SCENARIOS, "5.1",
                "Identify the context for service management of cloud services"));
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"STAGE_2", "SURVEILLANCE", "RECERTIFICATION", "SPECIAL",
            "PRE_ASSESSMENT", "SYSTEM_AND_RISK_REVIEW"})
    void everyOtherTypeCoversEveryLeafClause(AuditType type) {
        List<ChecklistEntry> checklist = ChecklistGenerator.generate(type, PART_1);

        assertThat(checklist).hasSize(LEAF_CLAUSES);
        assertThat(checklist).extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist.getFirst()).isEqualTo(new ChecklistEntry(SMS_REQUIREMENTS, "4.1",
                "Understanding the organization and its context"));
        assertThat(checklist.getLast()).isEqualTo(new ChecklistEntry(SMS_REQUIREMENTS, "10.2", "Continual improvement"));
        assertThat(checklist).extracting(ChecklistEntry::clause)
                .contains("8.1", "8.5.3", "9.1").doesNotContain("8", "8.2", "8.5");
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"STAGE_2", "SURVEILLANCE", "RECERTIFICATION", "SPECIAL",
            "PRE_ASSESSMENT", "SYSTEM_AND_RISK_REVIEW"})
    void tr20000Part9InTheStandardsAddsTheCloudScenariosAfterTheClauses(AuditType type) {
        List<ChecklistEntry> checklist = ChecklistGenerator.generate(type, PART_1_AND_CLOUD);

        assertThat(checklist).hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT);
        assertThat(checklist.subList(0, LEAF_CLAUSES)).extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist.subList(LEAF_CLAUSES, checklist.size())).extracting(ChecklistEntry::clause)
                .containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "5.11",
                        "5.12", "5.13", "5.14", "5.15");
        assertThat(checklist.getLast()).isEqualTo(new ChecklistEntry(CLOUD_SCENARIOS, "5.15", "Remove a cloud service"));
    }

    @Test
    void aCloudExtensionAddsTheCloudScenariosEvenWhenTheStandardsDoNotNameTr20000Part9() {
        assertThat(ChecklistGenerator.generate(AuditType.CLOUD_EXTENSION, PART_1))
                .hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT)
                .isEqualTo(ChecklistGenerator.generate(AuditType.CLOUD_EXTENSION, PART_1_AND_CLOUD));
    }

    @Test
    void aClientOnThe2011EditionIsAuditedAgainstThe2018ClauseNumbers() {
        assertThat(ChecklistGenerator.generate(AuditType.SURVEILLANCE, List.of(ISO_IEC_20000_1_2011)))
                .isEqualTo(ChecklistGenerator.generate(AuditType.SURVEILLANCE, PART_1));
        assertThat(ChecklistGenerator.generate(AuditType.STAGE_1, List.of(ISO_IEC_20000_1_2011))).hasSize(11);
        assertThat(ChecklistGenerator.generate(AuditType.STAGE_2, List.of(ISO_IEC_20000_1_2011, ISO_IEC_TR_20000_9_2015)))
                .hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT);
    }

    /** Requirement clauses by audit type: stage 1 reviews documents, every other type all leaf clauses. */
    private static final Map<AuditType, Integer> REQUIREMENT_ITEMS = Map.of(
            AuditType.PRE_ASSESSMENT, LEAF_CLAUSES, AuditType.SYSTEM_AND_RISK_REVIEW, LEAF_CLAUSES,
            AuditType.STAGE_1, 11, AuditType.STAGE_2, LEAF_CLAUSES, AuditType.SURVEILLANCE, LEAF_CLAUSES,
            AuditType.RECERTIFICATION, LEAF_CLAUSES, AuditType.SPECIAL, LEAF_CLAUSES,
            AuditType.CLOUD_EXTENSION, LEAF_CLAUSES);

    static Stream<Arguments> everyTypeWithEveryCombinationOfStandards() {
        List<List<Standard>> combinations = List.of(
                List.of(ISO_IEC_20000_1_2018), List.of(ISO_IEC_20000_1_2011), List.of(ISO_IEC_TR_20000_9_2015),
                List.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), List.of(ISO_IEC_20000_1_2011, ISO_IEC_TR_20000_9_2015),
                List.of(ISO_IEC_20000_1_2018, ISO_IEC_20000_1_2011), List.of(Standard.values()));
        return Arrays.stream(AuditType.values())
                .flatMap(type -> combinations.stream().map(standards -> Arguments.of(type, standards)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTypeWithEveryCombinationOfStandards")
    void itemCountsForEveryTypeAndStandards(AuditType type, List<Standard> standards) {
        boolean cloud = type == AuditType.CLOUD_EXTENSION || standards.contains(ISO_IEC_TR_20000_9_2015);

        List<ChecklistEntry> checklist = ChecklistGenerator.generate(type, standards);

        assertThat(checklist).filteredOn(entry -> entry.section() == SMS_REQUIREMENTS)
                .hasSize(REQUIREMENT_ITEMS.get(type));
        assertThat(checklist).filteredOn(entry -> entry.section() == CLOUD_SCENARIOS)
                .hasSize(cloud ? CLOUD_SCENARIO_COUNT : 0);
    }

    @ParameterizedTest
    @EnumSource(AuditType.class)
    void noTypeListsAClauseTwice(AuditType type) {
        assertThat(ChecklistGenerator.generate(type, PART_1_AND_CLOUD))
                .extracting(entry -> entry.section() + " " + entry.clause()).doesNotHaveDuplicates();
    }
}
