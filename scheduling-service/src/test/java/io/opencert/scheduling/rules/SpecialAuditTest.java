package io.opencert.scheduling.rules;

import io.opencert.scheduling.rules.SpecialAudit.Cycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpecialAuditTest {
    private static final LocalDate RECERTIFICATION_DUE_BY = LocalDate.of(2030, 11, 28);
    private static final DueWindow WINDOW = new DueWindow(LocalDate.of(2029, 5, 1), LocalDate.of(2029, 8, 1));
    private static final DueWindow AFTER_RECERTIFICATION = new DueWindow(LocalDate.of(2030, 11, 1),
            LocalDate.of(2030, 12, 1));

    /**
     * The programmes of the table, by the facts the rules look at: status, an initial certification (stage 1 and 2
     * planned), stage 1 completed, a stage 1 still due, stage 2 held, a stage 2 still due.
     */
    enum Programme {
        SIGNED(CycleStatus.AWAITING_CERTIFICATE, true, false, true, false, true),
        STAGE_1_DONE(CycleStatus.AWAITING_CERTIFICATE, true, true, false, false, true),
        STAGE_1_BEING_REPEATED(CycleStatus.AWAITING_CERTIFICATE, true, true, true, false, true),
        STAGE_2_DONE(CycleStatus.AWAITING_CERTIFICATE, true, true, false, true, false),
        STAGE_2_BEING_REPEATED(CycleStatus.AWAITING_CERTIFICATE, true, true, false, true, true),
        TRANSFERRED(CycleStatus.AWAITING_CERTIFICATE, false, false, false, false, false),
        CERTIFIED(CycleStatus.CERTIFIED, true, true, false, true, false),
        SUSPENDED(CycleStatus.SUSPENDED, true, true, false, true, false),
        RENEWED(CycleStatus.RENEWED, true, true, false, true, false),
        WITHDRAWN(CycleStatus.WITHDRAWN, true, true, false, true, false),
        EXPIRED(CycleStatus.EXPIRED, true, true, false, true, false);

        final Cycle cycle;

        Programme(CycleStatus status, boolean initial, boolean stage1Completed, boolean stage1StillDue,
                  boolean stage2Held, boolean stage2StillDue) {
            this.cycle = new Cycle(status, initial, stage1Completed, stage1StillDue, stage2Held, stage2StillDue,
                    Set.of(), RECERTIFICATION_DUE_BY);
        }
    }

    @ParameterizedTest(name = "{0} in a {1} programme: {2}")
    @CsvSource({
            "SHORT_NOTICE, CERTIFIED, ",
            "SHORT_NOTICE, SUSPENDED, ",
            "SHORT_NOTICE, STAGE_2_DONE, PROGRAMME_NOT_CERTIFIED",
            "SHORT_NOTICE, RENEWED, PROGRAMME_ENDED",
            "SHORT_NOTICE, WITHDRAWN, PROGRAMME_ENDED",
            "SHORT_NOTICE, EXPIRED, PROGRAMME_ENDED",
            "EXTRA_SURVEILLANCE, CERTIFIED, ",
            "EXTRA_SURVEILLANCE, SUSPENDED, CERTIFICATE_SUSPENDED",
            "EXTRA_SURVEILLANCE, SIGNED, PROGRAMME_NOT_CERTIFIED",
            "EXTRA_SURVEILLANCE, EXPIRED, PROGRAMME_ENDED",
            "REPEATED_STAGE_1, STAGE_1_DONE, ",
            "REPEATED_STAGE_1, SIGNED, STAGE_1_NOT_COMPLETED",
            "REPEATED_STAGE_1, STAGE_1_BEING_REPEATED, STAGE_1_STILL_DUE",
            "REPEATED_STAGE_1, STAGE_2_DONE, STAGE_2_ALREADY_HELD",
            "REPEATED_STAGE_1, CERTIFIED, NOT_AN_INITIAL_CERTIFICATION",
            "REPEATED_STAGE_1, TRANSFERRED, NOT_AN_INITIAL_CERTIFICATION",
            "REPEATED_STAGE_2, STAGE_2_DONE, ",
            "REPEATED_STAGE_2, STAGE_1_DONE, STAGE_2_NOT_HELD",
            "REPEATED_STAGE_2, STAGE_2_BEING_REPEATED, STAGE_2_STILL_DUE",
            "REPEATED_STAGE_2, CERTIFIED, NOT_AN_INITIAL_CERTIFICATION",
            "REPEATED_STAGE_2, SUSPENDED, NOT_AN_INITIAL_CERTIFICATION",
            "REPEATED_STAGE_2, TRANSFERRED, NOT_AN_INITIAL_CERTIFICATION",
            "PRE_ASSESSMENT, SIGNED, ",
            "PRE_ASSESSMENT, STAGE_1_DONE, STAGE_1_ALREADY_COMPLETED",
            "PRE_ASSESSMENT, STAGE_2_DONE, STAGE_1_ALREADY_COMPLETED",
            "PRE_ASSESSMENT, CERTIFIED, NOT_AN_INITIAL_CERTIFICATION",
            "PRE_ASSESSMENT, TRANSFERRED, NOT_AN_INITIAL_CERTIFICATION",
            "SYSTEM_AND_RISK_REVIEW, SIGNED, ",
            "SYSTEM_AND_RISK_REVIEW, STAGE_1_BEING_REPEATED, STAGE_1_ALREADY_COMPLETED",
            "SYSTEM_AND_RISK_REVIEW, EXPIRED, NOT_AN_INITIAL_CERTIFICATION"})
    void eachKindInItsPlaceOfTheCycle(SpecialAuditKind kind, Programme programme, ProgrammeRule refused) {
        assertThat(SpecialAudit.check(programme.cycle, kind, WINDOW).map(Refusal::rule))
                .isEqualTo(Optional.ofNullable(refused));
    }

    @ParameterizedTest(name = "{0} due after the recertification")
    @CsvSource({"SHORT_NOTICE", "EXTRA_SURVEILLANCE"})
    void anAuditOfTheCertificateIsDueBeforeTheRecertificationCloses(SpecialAuditKind kind) {
        Cycle certified = Programme.CERTIFIED.cycle;

        assertThat(SpecialAudit.check(certified, kind, AFTER_RECERTIFICATION))
                .map(Refusal::rule).contains(ProgrammeRule.SPECIAL_AUDIT_DUE_AFTER_RECERTIFICATION);
        assertThat(SpecialAudit.check(certified, kind,
                new DueWindow(WINDOW.from(), RECERTIFICATION_DUE_BY))).isEmpty();
    }

    @ParameterizedTest(name = "a second {0} while {1} is planned: {2}")
    @CsvSource({
            "PRE_ASSESSMENT, PRE_ASSESSMENT, PRE_ASSESSMENT_ALREADY_PLANNED",
            "SYSTEM_AND_RISK_REVIEW, SYSTEM_AND_RISK_REVIEW, PRE_ASSESSMENT_ALREADY_PLANNED",
            "SYSTEM_AND_RISK_REVIEW, PRE_ASSESSMENT, ",
            "PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW, "})
    void oneOfEachReviewBeforeStage1(SpecialAuditKind kind, SpecialAuditKind planned, ProgrammeRule refused) {
        Cycle signed = Programme.SIGNED.cycle;
        Cycle withPlanned = new Cycle(signed.status(), true, false, true, false, true, EnumSet.of(planned),
                RECERTIFICATION_DUE_BY);

        assertThat(SpecialAudit.check(withPlanned, kind, WINDOW).map(Refusal::rule))
                .isEqualTo(Optional.ofNullable(refused));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHORT_NOTICE, SPECIAL", "EXTRA_SURVEILLANCE, SURVEILLANCE", "REPEATED_STAGE_1, STAGE_1",
            "REPEATED_STAGE_2, STAGE_2", "PRE_ASSESSMENT, PRE_ASSESSMENT",
            "SYSTEM_AND_RISK_REVIEW, SYSTEM_AND_RISK_REVIEW"})
    void eachKindIsBookedAndDecidedAsAnAuditType(SpecialAuditKind kind, String auditType) {
        assertThat(kind.auditType().name()).isEqualTo(auditType);
        assertThat(Arrays.stream(SpecialAuditKind.values())).hasSize(6);
    }
}
