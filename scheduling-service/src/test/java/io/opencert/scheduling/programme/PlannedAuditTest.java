package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.rules.DueWindow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedAuditTest {
    private static final DueWindow WINDOW = new DueWindow(LocalDate.of(2028, 12, 1), LocalDate.of(2029, 3, 1));
    private static final LocalDate SUSPENDED_ON = LocalDate.of(2029, 3, 2);
    private static final LocalDate SUSPENDED_UNTIL = LocalDate.of(2029, 9, 2);

    @Test
    void halfDaysTakeAWholeCalendarDayOnSite() {
        assertThat(audit("1.5").calendarDaysOnSite()).isEqualTo(2);
        assertThat(audit("1.5").lastDayIfStartingOn(LocalDate.of(2029, 1, 15))).isEqualTo(LocalDate.of(2029, 1, 16));
        assertThat(audit("1.0").lastDayIfStartingOn(LocalDate.of(2029, 1, 15))).isEqualTo(LocalDate.of(2029, 1, 15));
    }

    @Test
    void bookingFixesDatesAndTeamAndTakesItOffTheUrgentList() {
        PlannedAudit audit = audit("1.0");
        audit.markUrgent();

        audit.book(LocalDate.of(2029, 1, 15), LocalDate.of(2029, 1, 15), List.of(lead("lena"), member("arno")));

        assertThat(audit.status).isEqualTo(PlannedAuditStatus.BOOKED);
        assertThat(audit.urgent).isFalse();
        assertThat(audit.leadAuditor()).contains("lena");
    }

    @Test
    void aReleasedBookingLeavesTheAuditDueInItsWindowWithoutDatesOrTeam() {
        PlannedAudit audit = booked();

        audit.release();

        assertThat(audit.status).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(audit.startDate).isNull();
        assertThat(audit.endDate).isNull();
        assertThat(audit.team).isEmpty();
        assertThat(audit.leadAuditor()).isEmpty();
        assertThat(audit.dueFrom).isEqualTo(WINDOW.from());
        assertThat(audit.dueBy).isEqualTo(WINDOW.by());
    }

    @Test
    void aHeldAuditIsPlannedAgainOnReplanningAndACancelledOneIsNot() {
        PlannedAudit held = booked();
        held.hold();
        PlannedAudit cancelled = booked();
        cancelled.cancel();

        assertThat(held.status).isEqualTo(PlannedAuditStatus.ON_HOLD);
        assertThat(held.team).isEmpty();
        held.replan();
        cancelled.replan();

        assertThat(held.status).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(cancelled.status).isEqualTo(PlannedAuditStatus.CANCELLED);
        assertThat(cancelled.startDate).isNull();
    }

    @Test
    void theMissedSurveillanceIsBookableUntilTheSuspensionEndsAndTheOthersKeepTheirWindows() {
        AuditProgramme programme = new AuditProgramme();
        PlannedAudit missed = programme.plan(AuditType.SURVEILLANCE, WINDOW, BigDecimal.ONE);
        DueWindow nextWindow = new DueWindow(LocalDate.of(2029, 12, 1), LocalDate.of(2030, 3, 1));
        PlannedAudit next = programme.plan(AuditType.SURVEILLANCE, nextWindow, BigDecimal.ONE);

        assertThat(programme.keepAuditLiftingSuspension("MISSED_SURVEILLANCE", SUSPENDED_ON, SUSPENDED_UNTIL))
                .containsSame(missed);

        assertThat(missed.status).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(missed.liftsSuspension()).isTrue();
        assertThat(missed.bookingWindow()).isEqualTo(new DueWindow(WINDOW.from(), SUSPENDED_UNTIL));
        assertThat(next.liftsSuspension()).isFalse();
        assertThat(next.bookingWindow()).isEqualTo(nextWindow);
    }

    @Test
    void theMissedSurveillanceStopsLiftingTheSuspensionOnceHeldReinstatedOrCancelled() {
        PlannedAudit held = liftingSuspension();
        PlannedAudit reinstated = liftingSuspension();
        PlannedAudit withdrawn = liftingSuspension();

        held.complete();
        reinstated.replan();
        withdrawn.cancel();

        assertThat(List.of(held, reinstated, withdrawn)).noneMatch(PlannedAudit::liftsSuspension);
        assertThat(reinstated.status).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(reinstated.bookingWindow()).isEqualTo(WINDOW);
    }

    private static PlannedAudit liftingSuspension() {
        PlannedAudit audit = audit("1.0");
        audit.keepForLiftingSuspension(SUSPENDED_UNTIL);
        return audit;
    }

    private static PlannedAudit booked() {
        PlannedAudit audit = audit("1.0");
        audit.book(LocalDate.of(2029, 1, 15), LocalDate.of(2029, 1, 15), List.of(lead("lena")));
        return audit;
    }

    private static PlannedAudit audit(String days) {
        AuditProgramme programme = new AuditProgramme();
        return programme.plan(AuditType.SURVEILLANCE, WINDOW, new BigDecimal(days));
    }

    private static TeamAssignment lead(String username) {
        return new TeamAssignment(username, "Auditor " + username, TeamRole.LEAD_AUDITOR);
    }

    private static TeamAssignment member(String username) {
        return new TeamAssignment(username, "Auditor " + username, TeamRole.AUDITOR);
    }
}
