package io.opencert.audit.coverage;

import io.opencert.audit.Bookings;
import io.opencert.audit.checklist.ChecklistAnswer;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.model.AuditType;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class ProgrammeClauseCoverageTest {
    private static final String COVERAGE = "/api/v1/coverage/programmes/{programmeId}";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theSurveillanceSamplesOfACycleShowWhichRequirementsNoAuditHasAuditedYet() throws Throwable {
        UUID client = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        AuditScheduledV1 stage1 = book(client, programme, AuditType.STAGE_1, 100);
        bookings.answerChecklist(stage1.auditId());
        complete(stage1);
        AuditScheduledV1 first = book(client, programme, AuditType.SURVEILLANCE, 60);
        bookings.answerChecklist(first.auditId());
        bookings.answerClause(first.auditId(), "8.2.5", ChecklistAnswer.NOT_AUDITED);
        bookings.answerClause(first.auditId(), "8.7.3", ChecklistAnswer.NOT_AUDITED);
        complete(first);
        AuditScheduledV1 second = book(client, programme, AuditType.SURVEILLANCE, 20);
        bookings.answerChecklist(second.auditId());
        bookings.answerClause(second.auditId(), "8.2.5", ChecklistAnswer.NONCONFORMING);
        bookings.answerClause(second.auditId(), "8.7.3", ChecklistAnswer.NOT_APPLICABLE);
        bookings.answerClause(second.auditId(), "10.2", ChecklistAnswer.NOT_AUDITED);
        complete(second);
        book(client, programme, AuditType.RECERTIFICATION, 2); // not completed yet: counts for nothing

        given().get(COVERAGE, programme).then().statusCode(200)
                .body("programmeId", equalTo(programme.toString()))
                .body("clientId", equalTo(client.toString()))
                .body("audits.auditId", contains(first.auditId().toString(), second.auditId().toString()))
                .body("audits[0].type", equalTo("SURVEILLANCE"))
                .body("audits[0].lastDayOnSite", equalTo(first.endDate().toString()))
                .body("audits[0].clausesAudited", hasSize(43))
                .body("audits[0].clausesAudited", not(hasItem("8.2.5")))
                .body("audits[1].clausesAudited", hasSize(43))
                .body("audits[1].clausesAudited", hasItem("8.2.5"))
                .body("audits[1].clausesAudited", not(hasItem("10.2")))
                .body("requirements", hasSize(45))
                .body("requirements[0].clause", equalTo("4.1"))
                .body("requirements[0].auditedIn", contains(first.auditId().toString(), second.auditId().toString()))
                .body("requirements[0].lastAuditedOn", equalTo(second.endDate().toString()))
                .body("requirements.find { it.clause == '8.2.5' }.auditedIn", contains(second.auditId().toString()))
                .body("requirements.find { it.clause == '10.2' }.auditedIn", contains(first.auditId().toString()))
                .body("requirements.find { it.clause == '10.2' }.lastAuditedOn", equalTo(first.endDate().toString()))
                .body("requirements.find { it.clause == '8.7.3' }.lastAuditedOn", nullValue())
                .body("neverAudited", contains("8.7.3"));
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void theAuditedOrganisationSeesTheCoverageOfItsOwnProgrammeStillToBeAudited() {
        UUID programme = UUID.randomUUID();
        bookings.book(bookings.inProgramme(bookings.stage2(), programme));

        given().get(COVERAGE, programme).then().statusCode(200)
                .body("audits", hasSize(0))
                .body("neverAudited", hasSize(45));
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationDoesNotSeeIt() {
        UUID programme = UUID.randomUUID();
        bookings.book(bookings.inProgramme(bookings.stage2(), programme));

        given().get(COVERAGE, programme).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOnNoTeamOfTheProgrammeDoesNotSeeItNorAnUnknownProgramme() {
        UUID programme = UUID.randomUUID();
        bookings.book(bookings.inProgramme(bookings.stage2(), programme));

        given().get(COVERAGE, programme).then().statusCode(404).contentType("application/problem+json");
        given().get(COVERAGE, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private AuditScheduledV1 book(UUID client, UUID programme, AuditType type, int daysAgo) {
        return bookings.book(bookings.inProgramme(bookings.ofOwnClient(client, type, clock.today().minusDays(daysAgo)),
                programme));
    }

    private static void complete(AuditScheduledV1 booked) {
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CONTINUE", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);
    }
}
