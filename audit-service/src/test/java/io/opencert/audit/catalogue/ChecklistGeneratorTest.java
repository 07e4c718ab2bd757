package io.opencert.audit.catalogue;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.opencert.audit.catalogue.ChecklistSection.CLOUD_SCENARIOS;
import static io.opencert.audit.catalogue.ChecklistSection.PREVIOUS_FINDINGS;
import static io.opencert.audit.catalogue.ChecklistSection.SMS_REQUIREMENTS;
import static io.opencert.events.model.FindingGrade.MAJOR_NONCONFORMITY;
import static io.opencert.events.model.FindingGrade.MINOR_NONCONFORMITY;
import static io.opencert.events.model.FindingGrade.OBSERVATION;
import static io.opencert.events.model.FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT;
import static io.opencert.events.model.FindingGrade.STRENGTH;
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
        List<ChecklistEntry> checklist = generate(AuditType.STAGE_1, PART_1);

        assertThat(checklist).extracting(ChecklistEntry::clause).containsExactly(
                "4.3", "4.4", "5.2", "6.2", "7.2", "7.5", "8.2.4", "8.3.3", "9.2", "9.3", "9.4");
        assertThat(checklist).extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist).contains(new ChecklistEntry(SMS_REQUIREMENTS, "7.2", "Competence"),
                new ChecklistEntry(SMS_REQUIREMENTS, "8.2.4", "Service catalogue management"));
    }

    @Test
    void stage1OfACloudScopeAddsTheCloudScenarios() {
        List<ChecklistEntry> checklist = generate(AuditType.STAGE_1, PART_1_AND_CLOUD);

        assertThat(checklist).hasSize(11 + CLOUD_SCENARIO_COUNT);
        assertThat(checklist.get(11)).isEqualTo(new ChecklistEntry(CLOUD_SCENARIOS, "5.1",
                "Identify the context for service management of cloud services"));
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"STAGE_2", "SURVEILLANCE", "RECERTIFICATION", "SPECIAL",
            "SCOPE_EXTENSION", "PRE_ASSESSMENT", "SYSTEM_AND_RISK_REVIEW"})
    void everyOtherTypeCoversEveryLeafClause(AuditType type) {
        List<ChecklistEntry> checklist = generate(type, PART_1);

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
            "SCOPE_EXTENSION", "PRE_ASSESSMENT", "SYSTEM_AND_RISK_REVIEW"})
    void tr20000Part9InTheStandardsAddsTheCloudScenariosAfterTheClauses(AuditType type) {
        List<ChecklistEntry> checklist = generate(type, PART_1_AND_CLOUD);

        assertThat(checklist).hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT);
        assertThat(checklist.subList(0, LEAF_CLAUSES)).extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist.subList(LEAF_CLAUSES, checklist.size())).extracting(ChecklistEntry::clause)
                .containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "5.11",
                        "5.12", "5.13", "5.14", "5.15");
        assertThat(checklist.getLast()).isEqualTo(new ChecklistEntry(CLOUD_SCENARIOS, "5.15", "Remove a cloud service"));
    }

    @Test
    void aCloudExtensionAddsTheCloudScenariosEvenWhenTheStandardsDoNotNameTr20000Part9() {
        assertThat(generate(AuditType.CLOUD_EXTENSION, PART_1))
                .hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT)
                .isEqualTo(generate(AuditType.CLOUD_EXTENSION, PART_1_AND_CLOUD));
    }

    @Test
    void aClientOnThe2011EditionIsAuditedAgainstThe2018ClauseNumbers() {
        assertThat(generate(AuditType.SURVEILLANCE, List.of(ISO_IEC_20000_1_2011)))
                .isEqualTo(generate(AuditType.SURVEILLANCE, PART_1));
        assertThat(generate(AuditType.STAGE_1, List.of(ISO_IEC_20000_1_2011))).hasSize(11);
        assertThat(generate(AuditType.STAGE_2, List.of(ISO_IEC_20000_1_2011, ISO_IEC_TR_20000_9_2015)))
                .hasSize(LEAF_CLAUSES + CLOUD_SCENARIO_COUNT);
    }

    /** Requirement clauses by audit type: stage 1 reviews documents, every other type all leaf clauses. */
    private static final Map<AuditType, Integer> REQUIREMENT_ITEMS = Map.of(
            AuditType.PRE_ASSESSMENT, LEAF_CLAUSES, AuditType.SYSTEM_AND_RISK_REVIEW, LEAF_CLAUSES,
            AuditType.STAGE_1, 11, AuditType.STAGE_2, LEAF_CLAUSES, AuditType.SURVEILLANCE, LEAF_CLAUSES,
            AuditType.RECERTIFICATION, LEAF_CLAUSES, AuditType.SPECIAL, LEAF_CLAUSES,
            AuditType.CLOUD_EXTENSION, LEAF_CLAUSES, AuditType.SCOPE_EXTENSION, LEAF_CLAUSES);

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

        List<ChecklistEntry> checklist = generate(type, standards);

        assertThat(checklist).filteredOn(entry -> entry.section() == SMS_REQUIREMENTS)
                .hasSize(REQUIREMENT_ITEMS.get(type));
        assertThat(checklist).filteredOn(entry -> entry.section() == CLOUD_SCENARIOS)
                .hasSize(cloud ? CLOUD_SCENARIO_COUNT : 0);
    }

    @ParameterizedTest
    @EnumSource(AuditType.class)
    void noTypeListsAClauseTwice(AuditType type) {
        assertThat(generate(type, PART_1_AND_CLOUD))
                .extracting(entry -> entry.section() + " " + entry.clause()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"SURVEILLANCE", "RECERTIFICATION"})
    void surveillanceAndRecertificationFollowUpTheOpenNonconformitiesAndTheLastAuditsFindingsFirst(AuditType type) {
        PreviousFindings previous = new PreviousFindings(false, List.of(
                earlier(MINOR_NONCONFORMITY, "8.5.1", "CHG-1042 was deployed without approval.", true),
                earlier(MAJOR_NONCONFORMITY, "9.2", "No internal audit in 2025.", false),
                earlier(OBSERVATION, "7.5", "Old observation of the stage 2.", false),
                last(STRENGTH, "8.6.1", "Incident reviews are thorough.", false),
                last(OPPORTUNITY_FOR_IMPROVEMENT, "9.4", "Service reports could show trends.", false),
                last(OBSERVATION, "7.5", "Document control relies on e-mail.", false),
                last(MINOR_NONCONFORMITY, "8.3.3", "SLA reviews were skipped in Q3.", false),
                last(MAJOR_NONCONFORMITY, "8.7.2", "The continuity plan was never tested.", true)));

        List<ChecklistEntry> checklist = generate(type, PART_1, previous);

        List<ChecklistEntry> followUp = checklist.subList(0, 5);
        assertThat(followUp).extracting(ChecklistEntry::section).containsOnly(PREVIOUS_FINDINGS);
        // the gravest first; within a grade the older audit first
        assertThat(followUp).extracting(ChecklistEntry::clause).containsExactly("8.7.2", "8.5.1", "8.3.3", "7.5", "9.4");
        assertThat(followUp).extracting(ChecklistEntry::followsUp).containsExactly(
                id(previous, "8.7.2"), id(previous, "8.5.1"), id(previous, "8.3.3"),
                previous.findings().get(5).findingId(), id(previous, "9.4"));
        assertThat(followUp.get(1).title())
                .isEqualTo("Minor nonconformity of the stage 2 audit of 2025-03-02: CHG-1042 was deployed without approval.");
        assertThat(followUp.get(3).title())
                .isEqualTo("Observation of the surveillance audit of 2026-03-09: Document control relies on e-mail.");
        assertThat(checklist.subList(5, checklist.size())).hasSize(LEAF_CLAUSES)
                .extracting(ChecklistEntry::section).containsOnly(SMS_REQUIREMENTS);
        assertThat(checklist.subList(5, checklist.size())).extracting(ChecklistEntry::followsUp).containsOnlyNulls();
    }

    @Test
    void aVerifiedNonconformityOfAnEarlierAuditIsNotFollowedUpAgainButOneOfTheLastAuditIs() {
        PreviousFindings previous = new PreviousFindings(false, List.of(
                earlier(MINOR_NONCONFORMITY, "8.5.1", "Verified at the last surveillance.", false),
                last(MINOR_NONCONFORMITY, "8.3.3", "Verified, its corrective action to be proved effective.", false)));

        assertThat(generate(AuditType.SURVEILLANCE, PART_1, previous))
                .filteredOn(entry -> entry.section() == PREVIOUS_FINDINGS)
                .extracting(ChecklistEntry::clause).containsExactly("8.3.3");
    }

    @Test
    void severalFindingsAgainstOneClauseAreOneItemEach() {
        PreviousFindings previous = new PreviousFindings(false, List.of(
                last(MINOR_NONCONFORMITY, "8.5.1", "CHG-1042 was deployed without approval.", true),
                last(MINOR_NONCONFORMITY, "8.5.1", "CHG-1077 has no rollback plan.", true)));

        assertThat(generate(AuditType.SURVEILLANCE, PART_1, previous))
                .filteredOn(entry -> entry.section() == PREVIOUS_FINDINGS)
                .extracting(ChecklistEntry::followsUp).containsExactly(
                        previous.findings().get(0).findingId(), previous.findings().get(1).findingId());
    }

    @Test
    void aRepeatedStage2FollowsUpTheStage2ItRepeats() {
        List<PreviousFinding> ofStage2 = List.of(
                new PreviousFinding(UUID.randomUUID(), MAJOR_NONCONFORMITY, "9.3", "No management review.",
                        AuditType.STAGE_2, LocalDate.parse("2025-09-01"), true, true),
                new PreviousFinding(UUID.randomUUID(), OBSERVATION, "7.2", "Training records incomplete.",
                        AuditType.STAGE_2, LocalDate.parse("2025-09-01"), true, false));

        assertThat(generate(AuditType.STAGE_2, PART_1, new PreviousFindings(true, ofStage2)))
                .hasSize(2 + LEAF_CLAUSES)
                .first().isEqualTo(new ChecklistEntry(PREVIOUS_FINDINGS, "9.3",
                        "Major nonconformity of the stage 2 audit of 2025-09-01: No management review.",
                        ofStage2.getFirst().findingId()));
        // a first stage 2, after stage 1, is no repetition: nothing is carried forward
        assertThat(generate(AuditType.STAGE_2, PART_1, new PreviousFindings(false, ofStage2)))
                .isEqualTo(generate(AuditType.STAGE_2, PART_1));
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"PRE_ASSESSMENT", "SYSTEM_AND_RISK_REVIEW", "STAGE_1", "SPECIAL",
            "CLOUD_EXTENSION", "SCOPE_EXTENSION"})
    void otherTypesFollowUpNothing(AuditType type) {
        PreviousFindings previous = new PreviousFindings(true, List.of(
                last(MAJOR_NONCONFORMITY, "8.7.2", "The continuity plan was never tested.", true)));

        assertThat(generate(type, PART_1_AND_CLOUD, previous)).isEqualTo(generate(type, PART_1_AND_CLOUD));
    }

    @Test
    void theEvidenceIsShortenedToFitTheItemsTitleWithItsWhitespaceCollapsed() {
        String evidence = "Sampled changes:\n\n  CHG-1042 " + "was deployed without approval; ".repeat(20);
        PreviousFindings previous = new PreviousFindings(false, List.of(last(OBSERVATION, "8.5.1", evidence, false)));

        String title = generate(AuditType.SURVEILLANCE, PART_1, previous).getFirst().title();

        assertThat(title).hasSize(ChecklistEntry.MAX_TITLE)
                .startsWith("Observation of the surveillance audit of 2026-03-09: Sampled changes: CHG-1042 was deployed")
                .endsWith("…");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String heading = "Observation of the surveillance audit of 2026-03-09: ";
        // the emoji's two halves straddle the place where the evidence is cut
        String evidence = "x".repeat(ChecklistEntry.MAX_TITLE - heading.length() - 2) + "\uD83D\uDCF7 photo of the rack";
        PreviousFindings previous = new PreviousFindings(false, List.of(last(OBSERVATION, "8.5.1", evidence, false)));

        String title = generate(AuditType.SURVEILLANCE, PART_1, previous).getFirst().title();

        assertThat(title).hasSize(ChecklistEntry.MAX_TITLE - 1).endsWith("x…");
    }

    private static List<ChecklistEntry> generate(AuditType type, List<Standard> standards) {
        return ChecklistGenerator.generate(type, standards, PreviousFindings.NONE);
    }

    private static List<ChecklistEntry> generate(AuditType type, List<Standard> standards, PreviousFindings previous) {
        return ChecklistGenerator.generate(type, standards, previous);
    }

    /** A finding of the client's stage 2 audit, a year before the last audit. */
    private static PreviousFinding earlier(FindingGrade grade, String clause, String evidence, boolean open) {
        return new PreviousFinding(UUID.randomUUID(), grade, clause, evidence, AuditType.STAGE_2,
                LocalDate.parse("2025-03-02"), false, open);
    }

    /** A finding of the client's last audit, a surveillance. */
    private static PreviousFinding last(FindingGrade grade, String clause, String evidence, boolean open) {
        return new PreviousFinding(UUID.randomUUID(), grade, clause, evidence, AuditType.SURVEILLANCE,
                LocalDate.parse("2026-03-09"), true, open);
    }

    private static UUID id(PreviousFindings previous, String clause) {
        return previous.findings().stream().filter(finding -> finding.clause().equals(clause)).findFirst()
                .orElseThrow().findingId();
    }
}
