package io.opencert.scheduling.programme;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(LeadRotationTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class LeadRotationTest {

    @Inject
    SchedulingDriver driver;

    @Test
    void aSurveillanceIsNotLedByWhoeverLedTheProgrammesPreviousAudit() {
        String first = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String second = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        driver.book(certified.programmeId(), audits.get(2).id(), "2029-01-15", member(first, LEAD_AUDITOR))
                .statusCode(200);

        driver.book(certified.programmeId(), audits.get(3).id(), "2030-01-14", member(first, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/lead-auditor-rotation"))
                .body("title", equalTo("Lead auditor rotation"))
                .body("detail", containsString(first + " led the programme's previous audit"));

        driver.book(certified.programmeId(), audits.get(3).id(), "2030-01-14", member(second, LEAD_AUDITOR),
                member(first, AUDITOR)).statusCode(200);
    }

    @Test
    void theRecertificationMayBeLedByThePreviousLead() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        driver.book(certified.programmeId(), audits.get(3).id(), "2030-01-14", member(lead, LEAD_AUDITOR))
                .statusCode(200);

        driver.book(certified.programmeId(), audits.get(4).id(), "2030-10-07", member(lead, LEAD_AUDITOR))
                .statusCode(200);
    }
}
