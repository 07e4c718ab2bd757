package io.opencert.scheduling.events;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.TeamProposal;
import io.opencert.scheduling.rules.DueDates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.programme.PlannedAuditStatus.BOOKED;
import static io.opencert.scheduling.programme.PlannedAuditStatus.CANCELLED;
import static io.opencert.scheduling.programme.PlannedAuditStatus.COMPLETED;
import static io.opencert.scheduling.programme.PlannedAuditStatus.ON_HOLD;
import static io.opencert.scheduling.programme.PlannedAuditStatus.PLANNED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class CertificateReactionsTest {
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    /** The day after the first surveillance's window closed (2029-03-01) without it. */
    private static final LocalDate MISSED_ON = LocalDate.of(2029, 3, 2);
    private static final LocalDate SUSPENDED_UNTIL = MISSED_ON.plusMonths(6);
    private static final LocalDate TODAY = LocalDate.of(2029, 3, 5);

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void suspensionCancelsTheBookedAuditsAndHoldsTheOthersAndReinstatementPlansThemAgain() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<PlannedAuditView> before = driver.programme(certified.programmeId()).audits();
        PlannedAuditView surveillance1 = before.get(2);
        driver.book(certified.programmeId(), surveillance1.id(), "2029-01-15", member(lead, LEAD_AUDITOR))
                .statusCode(200);
        UUID suspension = UUID.randomUUID();

        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(),
                LocalDate.of(2028, 12, 20)), suspension);
        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(),
                LocalDate.of(2028, 12, 20)), suspension);

        List<PlannedAuditView> held = driver.programme(certified.programmeId()).audits();
        assertThat(held).extracting(PlannedAuditView::status, PlannedAuditView::startDate, PlannedAuditView::team)
                .containsExactly(tuple(COMPLETED, null, List.of()), tuple(COMPLETED, null, List.of()),
                        tuple(ON_HOLD, null, List.of()), tuple(ON_HOLD, null, List.of()),
                        tuple(ON_HOLD, null, List.of()));
        assertThat(driver.recorded(surveillance1.id(), AuditCancelledV1.class))
                .extracting(AuditCancelledV1::auditId, AuditCancelledV1::programmeId, AuditCancelledV1::clientId,
                        AuditCancelledV1::reason)
                .containsExactly(tuple(surveillance1.id(), certified.programmeId(),
                        certified.contract().clientId(), "CERTIFICATE_SUSPENDED"));
        assertThat(driver.recorded(held.get(3).id(), AuditCancelledV1.class)).isEmpty();
        // the lead's days are free again
        UUID other = driver.certify(UUID.randomUUID(), DECISION).programmeId();
        driver.book(other, driver.programme(other).audits().get(2).id(), "2029-01-15", member(lead, LEAD_AUDITOR))
                .statusCode(200);

        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(),
                LocalDate.of(2029, 1, 5)), UUID.randomUUID());

        List<PlannedAuditView> replanned = driver.programme(certified.programmeId()).audits();
        assertThat(replanned).extracting(PlannedAuditView::type, PlannedAuditView::status, PlannedAuditView::dueFrom,
                        PlannedAuditView::dueBy)
                .containsExactlyElementsOf(before.stream().map(audit -> tuple(audit.type(),
                        audit.status() == COMPLETED ? COMPLETED : PLANNED, audit.dueFrom(), audit.dueBy())).toList());
        driver.book(certified.programmeId(), surveillance1.id(), "2029-01-22", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void theMissedSurveillanceStaysBookableUntilTheSuspensionForItEndsWhileTheOtherAuditsWait() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID programmeId = certified.programmeId();
        List<PlannedAuditView> before = driver.programme(programmeId).audits();
        UUID missed = before.get(2).id();

        suspendForTheMissedSurveillance(certified);

        assertThat(driver.programme(programmeId).audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::status, PlannedAuditView::liftsSuspension,
                        PlannedAuditView::suspendedUntil)
                .containsExactly(tuple(before.get(0).type(), COMPLETED, false, null),
                        tuple(before.get(1).type(), COMPLETED, false, null),
                        tuple(SURVEILLANCE, PLANNED, true, SUSPENDED_UNTIL),
                        tuple(SURVEILLANCE, ON_HOLD, false, null), tuple(RECERTIFICATION, ON_HOLD, false, null));
        given().queryParam("clientId", certified.contract().clientId()).get("/api/v1/planning/board")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].auditId", equalTo(missed.toString()))
                .body("items[0].liftsSuspension", equalTo(true))
                .body("items[0].suspendedUntil", equalTo(SUSPENDED_UNTIL.toString()));
        TeamProposal proposal = given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, missed)
                .then().statusCode(200).extract().as(TeamProposal.class);
        assertThat(proposal.startDate()).isBetween(TODAY, SUSPENDED_UNTIL);

        driver.book(programmeId, before.get(3).id(), "2029-03-12", member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/audit-not-planned"));
        driver.book(programmeId, missed, TODAY.minusDays(1).toString(), member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/audit-date-passed"));
        driver.book(programmeId, missed, SUSPENDED_UNTIL.plusDays(1).toString(), member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/suspension-ends-before-audit"));
        assertThat(driver.recorded(missed, AuditScheduledV1.class)).isEmpty();

        driver.book(programmeId, missed, "2029-03-12", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED")).body("liftsSuspension", equalTo(true));

        assertThat(driver.recorded(missed, AuditScheduledV1.class))
                .extracting(AuditScheduledV1::type, AuditScheduledV1::startDate, AuditScheduledV1::endDate)
                .containsExactly(tuple(SURVEILLANCE, LocalDate.of(2029, 3, 12), LocalDate.of(2029, 3, 12)));
    }

    @Test
    void theSurveillanceThatLiftsTheSuspensionIsCompletedAsUsualAndReinstatementPlansTheOthersAgain() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID programmeId = certified.programmeId();
        List<PlannedAuditView> before = driver.programme(programmeId).audits();
        UUID missed = before.get(2).id();
        suspendForTheMissedSurveillance(certified);
        driver.book(programmeId, missed, "2029-03-12", member(lead, LEAD_AUDITOR)).statusCode(200);

        driver.deliver("audit-events", TestEvents.auditCompleted(missed, programmeId,
                certified.contract().clientId(), LocalDate.of(2029, 3, 12)), UUID.randomUUID());

        assertThat(driver.programme(programmeId).audits())
                .extracting(PlannedAuditView::status, PlannedAuditView::liftsSuspension)
                .containsExactly(tuple(COMPLETED, false), tuple(COMPLETED, false), tuple(COMPLETED, false),
                        tuple(ON_HOLD, false), tuple(ON_HOLD, false));

        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(),
                LocalDate.of(2029, 3, 20)), UUID.randomUUID());

        assertThat(driver.programme(programmeId).audits())
                .extracting(PlannedAuditView::status, PlannedAuditView::dueFrom, PlannedAuditView::dueBy)
                .containsExactly(tuple(COMPLETED, before.get(0).dueFrom(), before.get(0).dueBy()),
                        tuple(COMPLETED, before.get(1).dueFrom(), before.get(1).dueBy()),
                        tuple(COMPLETED, before.get(2).dueFrom(), before.get(2).dueBy()),
                        tuple(PLANNED, before.get(3).dueFrom(), before.get(3).dueBy()),
                        tuple(PLANNED, before.get(4).dueFrom(), before.get(4).dueBy()));
        driver.book(programmeId, before.get(3).id(), "2030-01-14", member(lead, LEAD_AUDITOR)).statusCode(200);
    }

    @Test
    void reinstatementBeforeTheMissedSurveillanceIsHeldEndsItsBookingUntilTheSuspensionsEnd() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID missed = driver.programme(certified.programmeId()).audits().get(2).id();
        suspendForTheMissedSurveillance(certified);

        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(),
                LocalDate.of(2029, 3, 20)), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).audits())
                .extracting(PlannedAuditView::status, PlannedAuditView::liftsSuspension,
                        PlannedAuditView::suspendedUntil)
                .containsExactly(tuple(COMPLETED, false, null), tuple(COMPLETED, false, null),
                        tuple(PLANNED, false, null), tuple(PLANNED, false, null), tuple(PLANNED, false, null));
        // an audit like the others again, its window closed: booked late only with a deviation
        driver.book(certified.programmeId(), missed, SUSPENDED_UNTIL.plusDays(1).toString(),
                member(lead, LEAD_AUDITOR)).statusCode(409).body("type", endsWith("/outside-due-window"));
        driver.bookDeviating(certified.programmeId(), missed, SUSPENDED_UNTIL.plusDays(1).toString(),
                        "Reinstated before the surveillance was held; held at the first date the client offered.",
                        member(lead, LEAD_AUDITOR))
                .statusCode(200).body("deviation.rule", equalTo("outside-due-window"));
    }

    @Test
    void aSuspensionForAnotherReasonHoldsTheMissedSurveillanceToo() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID missed = driver.programme(certified.programmeId()).audits().get(2).id();
        clock.setTo(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC));

        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(), MISSED_ON,
                "UNRESOLVED_MAJOR_NONCONFORMITY"), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).audits())
                .extracting(PlannedAuditView::status, PlannedAuditView::liftsSuspension)
                .containsExactly(tuple(COMPLETED, false), tuple(COMPLETED, false), tuple(ON_HOLD, false),
                        tuple(ON_HOLD, false), tuple(ON_HOLD, false));
        driver.book(certified.programmeId(), missed, "2029-03-12", member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/audit-not-planned"));
    }

    @Test
    void withdrawalAfterASuspensionForAMissedSurveillanceCancelsThatSurveillanceToo() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        suspendForTheMissedSurveillance(certified);

        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(certified.certificate(),
                SUSPENDED_UNTIL.plusDays(1)), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).audits())
                .extracting(PlannedAuditView::status, PlannedAuditView::liftsSuspension)
                .containsExactly(tuple(COMPLETED, false), tuple(COMPLETED, false), tuple(CANCELLED, false),
                        tuple(CANCELLED, false), tuple(CANCELLED, false));
    }

    @Test
    void withdrawalCancelsTheFutureAuditsForGoodAndLetsTheOneUnderWayGoOn() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        driver.book(certified.programmeId(), audits.get(2).id(), "2029-01-15", member(lead, LEAD_AUDITOR))
                .statusCode(200);
        driver.book(certified.programmeId(), audits.get(3).id(), "2030-01-14", member(lead, LEAD_AUDITOR))
                .statusCode(200);

        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(certified.certificate(),
                LocalDate.of(2029, 1, 15)), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::status)
                .containsExactly(tuple(audits.get(0).type(), COMPLETED), tuple(audits.get(1).type(), COMPLETED),
                        tuple(SURVEILLANCE, CANCELLED), tuple(SURVEILLANCE, CANCELLED),
                        tuple(RECERTIFICATION, CANCELLED));
        assertThat(driver.recorded(audits.get(2).id(), AuditCancelledV1.class))
                .extracting(AuditCancelledV1::reason).containsExactly("CERTIFICATE_WITHDRAWN");
        assertThat(driver.recorded(audits.get(3).id(), AuditCancelledV1.class))
                .extracting(AuditCancelledV1::reason).containsExactly("CERTIFICATE_WITHDRAWN");
        assertThat(driver.recorded(audits.get(4).id(), AuditCancelledV1.class)).isEmpty();
    }

    @Test
    void aSuspensionLetsAnAuditAlreadyUnderWayGoOn() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID surveillance1 = driver.programme(certified.programmeId()).audits().get(2).id();
        driver.book(certified.programmeId(), surveillance1, "2029-01-15", member(lead, LEAD_AUDITOR)).statusCode(200);

        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(),
                LocalDate.of(2029, 1, 16)), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).audits())
                .extracting(PlannedAuditView::status)
                .containsExactly(COMPLETED, COMPLETED, BOOKED, ON_HOLD, ON_HOLD);
        assertThat(driver.recorded(surveillance1, AuditCancelledV1.class)).isEmpty();
    }

    /** Today is {@link #TODAY}; the certificate was suspended on {@link #MISSED_ON}, its first surveillance missed. */
    private void suspendForTheMissedSurveillance(Certified certified) {
        clock.setTo(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC));
        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(), MISSED_ON),
                UUID.randomUUID());
    }

    @Test
    void renewalOpensTheNextCycleWithItsAuditsDueFromTheNewDecisionOnce() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID recertification = driver.programme(certified.programmeId()).audits().get(4).id();
        LocalDate renewedOn = LocalDate.of(2031, 1, 31);
        CertificateRenewedV1 renewal = TestEvents.certificateRenewed(certified.certificate(),
                certified.programmeId(), recertification, renewedOn);
        UUID eventId = UUID.randomUUID();

        driver.deliver("certificate-events", renewal, eventId);
        driver.deliver("certificate-events", renewal, eventId);
        driver.deliver("certificate-events", renewal, UUID.randomUUID());

        List<UUID> programmes = given().queryParam("clientId", certified.contract().clientId())
                .get("/api/v1/programmes").then().statusCode(200)
                .body("total", equalTo(2))
                .extract().jsonPath().getList("items.id", UUID.class);
        ProgrammeView next = driver.programme(programmes.getFirst());
        assertThat(next.id()).isNotEqualTo(certified.programmeId());
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.contractId()).isEqualTo(certified.contract().contractId());
        assertThat(next.certificateId()).isEqualTo(certified.certificate().certificateId());
        LocalDate expiry = renewal.expiryDate();
        // decided in January: 2032 needs a surveillance, so the second one is held by the end of 2032
        assertThat(next.audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::dueFrom, PlannedAuditView::dueBy,
                        PlannedAuditView::days, PlannedAuditView::status)
                .containsExactly(
                        tuple(SURVEILLANCE, DueDates.firstSurveillance(renewedOn).from(), LocalDate.of(2032, 1, 31),
                                TestEvents.SURVEILLANCE_DAYS, PLANNED),
                        tuple(SURVEILLANCE, DueDates.secondSurveillance(renewedOn).from(), LocalDate.of(2032, 12, 31),
                                TestEvents.SURVEILLANCE_DAYS, PLANNED),
                        tuple(RECERTIFICATION, DueDates.recertification(expiry).from(), LocalDate.of(2033, 10, 30),
                                TestEvents.RECERTIFICATION_DAYS, PLANNED));
        assertThat(driver.programme(certified.programmeId()).audits()).hasSize(5);
    }

    @Test
    void theNextCycleExcludesWhomTheRegisterNamesOnTheRenewalNotWhomTheFirstContractDid() {
        UUID clientId = UUID.randomUUID();
        Certified certified = driver.certify(TestEvents.contractSigned(clientId, "former-consultant"), DECISION);
        consulted(clientId, "former-consultant", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        consulted(clientId, "recent-consultant", LocalDate.of(2028, 1, 1), LocalDate.of(2029, 6, 30));
        consulted(clientId, "current-consultant", LocalDate.of(2030, 9, 1), null);
        consulted(clientId, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        UUID recertification = driver.programme(certified.programmeId()).audits().get(4).id();

        driver.deliver("certificate-events", TestEvents.certificateRenewed(certified.certificate(),
                certified.programmeId(), recertification, LocalDate.of(2031, 1, 31)), UUID.randomUUID());

        UUID next = given().queryParam("clientId", clientId).get("/api/v1/programmes").then().statusCode(200)
                .extract().jsonPath().getList("items.id", UUID.class).getFirst();
        assertThat(driver.programme(next).excludedAuditors()).containsExactly("current-consultant", "recent-consultant");
        assertThat(driver.programme(certified.programmeId()).excludedAuditors()).containsExactly("former-consultant");
    }

    private void consulted(UUID clientId, String consultant, LocalDate from, LocalDate to) {
        driver.deliver("client-events", TestEvents.consultancyRecorded(clientId, consultant, from, to),
                UUID.randomUUID());
    }

    @Test
    void anExpiringCertificatePutsItsUnbookedRecertificationAtTheTopOfThePlannersList() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID eventId = UUID.randomUUID();

        driver.deliver("certificate-events", TestEvents.certificateExpiring(certified.certificate(), 90), eventId);
        driver.deliver("certificate-events", TestEvents.certificateExpiring(certified.certificate(), 90), eventId);

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.audits()).extracting(PlannedAuditView::type, PlannedAuditView::urgent)
                .containsExactly(tuple(programme.audits().get(0).type(), false),
                        tuple(programme.audits().get(1).type(), false), tuple(SURVEILLANCE, false),
                        tuple(SURVEILLANCE, false), tuple(RECERTIFICATION, true));
        given().queryParam("clientId", certified.contract().clientId()).get("/api/v1/planning/board")
                .then().statusCode(200)
                .body("items[0].auditId", equalTo(programme.audits().get(4).id().toString()))
                .body("items[0].urgent", equalTo(true))
                .body("items[1].urgent", equalTo(false));
    }

    @Test
    void anExpiringCertificateWithItsRecertificationBookedChangesNothing() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID recertification = driver.programme(certified.programmeId()).audits().get(4).id();
        driver.book(certified.programmeId(), recertification, "2030-10-07", member(lead, LEAD_AUDITOR))
                .statusCode(200);
        long version = driver.programme(certified.programmeId()).version();

        driver.deliver("certificate-events", TestEvents.certificateExpiring(certified.certificate(), 90),
                UUID.randomUUID());

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.audits().get(4).urgent()).isFalse();
        assertThat(programme.audits().get(4).status()).isEqualTo(BOOKED);
        assertThat(programme.version()).isEqualTo(version);
    }
}
