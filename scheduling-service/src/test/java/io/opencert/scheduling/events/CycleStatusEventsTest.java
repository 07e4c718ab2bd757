package io.opencert.scheduling.events;

import io.opencert.events.model.Site;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.rules.CycleStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.TestEvents.SCOPE;
import static io.opencert.scheduling.TestEvents.SITES;
import static io.opencert.scheduling.rules.CycleStatus.AWAITING_CERTIFICATE;
import static io.opencert.scheduling.rules.CycleStatus.CERTIFIED;
import static io.opencert.scheduling.rules.CycleStatus.EXPIRED;
import static io.opencert.scheduling.rules.CycleStatus.RENEWED;
import static io.opencert.scheduling.rules.CycleStatus.SUSPENDED;
import static io.opencert.scheduling.rules.CycleStatus.WITHDRAWN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class CycleStatusEventsTest {
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    private static final LocalDate LATER = LocalDate.of(2028, 6, 1);
    private static final String EXTENDED = SCOPE + " and the operation of its online shop";

    @Inject
    SchedulingDriver driver;

    @Test
    void theProgrammeShowsWhereItsCycleStandsFromApplicationToWithdrawal() {
        UUID applying = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<CycleStatus> seen = new ArrayList<>(List.of(status(applying), status(certified)));

        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(), LATER,
                "CLIENT_REQUEST"), UUID.randomUUID());
        seen.add(status(certified));
        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(), LATER),
                UUID.randomUUID());
        seen.add(status(certified));
        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(certified.certificate(), LATER),
                UUID.randomUUID());
        seen.add(status(certified));
        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(), LATER),
                UUID.randomUUID());
        seen.add(status(certified));

        assertThat(seen).containsExactly(AWAITING_CERTIFICATE, CERTIFIED, SUSPENDED, CERTIFIED, WITHDRAWN, WITHDRAWN);
        given().queryParam("clientId", certified.contract().clientId()).get("/api/v1/programmes")
                .then().statusCode(200).body("items[0].status", equalTo("WITHDRAWN"));
    }

    @Test
    void anExpiredCertificateEndsItsCycleAndARenewalEndsThePreviousOneOnly() {
        Certified expiring = driver.certify(UUID.randomUUID(), DECISION);
        Certified renewed = driver.certify(UUID.randomUUID(), DECISION);
        UUID recertification = driver.programme(renewed.programmeId()).audits().getLast().id();

        driver.deliver("certificate-events", TestEvents.certificateExpired(expiring.certificate()), UUID.randomUUID());
        driver.deliver("certificate-events", TestEvents.certificateRenewed(renewed.certificate(),
                renewed.programmeId(), recertification, LocalDate.of(2031, 1, 31)), UUID.randomUUID());
        driver.deliver("certificate-events", TestEvents.certificateSuspended(renewed.certificate(),
                LocalDate.of(2031, 3, 1), "CLIENT_REQUEST"), UUID.randomUUID());

        List<UUID> cycles = driver.programmesOfContract(renewed.contract().contractId());
        assertThat(List.of(status(expiring), status(renewed), driver.programme(cycles.getLast()).status()))
                .containsExactly(EXPIRED, RENEWED, SUSPENDED);
    }

    @Test
    void aRevisedCertificatesScopeAndSitesAreWhatTheLiveCyclesNextAuditsCover() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<Site> extendedSites = List.of(SITES.getFirst(),
                new Site(UUID.randomUUID(), "Data centre", "Lille", "FR", false, 6));

        driver.deliver("certificate-events", TestEvents.certificateRevised(certified.certificate(), EXTENDED,
                extendedSites, LATER), UUID.randomUUID());

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.scope()).isEqualTo(EXTENDED);
        assertThat(programme.sites()).isEqualTo(extendedSites);
        UUID surveillance = programme.audits().get(2).id();
        driver.book(certified.programmeId(), surveillance, "2029-01-15", member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(driver.recorded(surveillance, AuditScheduledV1.class)).singleElement().satisfies(scheduled -> {
            assertThat(scheduled.scope()).isEqualTo(EXTENDED);
            assertThat(scheduled.sites()).isEqualTo(extendedSites);
        });
    }

    @Test
    void aRevisionReachesNoCycleThatHasEnded() {
        Certified withdrawn = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(withdrawn.certificate(), LATER),
                UUID.randomUUID());

        driver.deliver("certificate-events", TestEvents.certificateRevised(withdrawn.certificate(), EXTENDED, SITES,
                LATER), UUID.randomUUID());

        assertThat(driver.programme(withdrawn.programmeId()).scope()).isEqualTo(SCOPE);
    }

    private CycleStatus status(UUID programmeId) {
        return driver.programme(programmeId).status();
    }

    private CycleStatus status(Certified certified) {
        return status(certified.programmeId());
    }
}
