package io.opencert.scheduling.programme;

import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.SampledSiteView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

/**
 * A client certified for its central function and 16 other sites: the programme covers all 17, stage 1 is held at the
 * central function, stage 2 visits it and the ⌈√16⌉ = 4 sites with the most persons, each with why it was chosen; the
 * first surveillance goes on to sites stage 2 did not visit.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class MultiSiteSamplingTest {

    @Inject
    SchedulingDriver driver;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void theProgrammeCoversEverySiteAndEachAuditVisitsItsSample() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        List<Site> sites = new ArrayList<>(List.of(
                new Site(UUID.randomUUID(), "Head office", "Leeds", "GB", true, 100)));
        for (int i = 1; i <= 16; i++) {
            sites.add(new Site(UUID.randomUUID(), "Branch " + (char) ('A' + i - 1), "Town " + i, "GB", false, i));
        }
        ContractSignedV1 base = TestEvents.contractSigned(UUID.randomUUID());
        ContractSignedV1 contract = new ContractSignedV1(base.contractId(), base.clientId(), base.clientName(),
                base.quotationId(), base.standards(), base.scope(), sites, base.auditDays(), base.excludedAuditors(),
                base.signedAt(), null, null);
        UUID programmeId = driver.signContract(contract);

        ProgrammeView planned = driver.programme(programmeId);
        assertThat(planned.sites()).hasSize(17);
        assertThat(planned.audits().get(0).sample()).extracting(SampledSiteView::name).containsExactly("Head office");
        assertThat(planned.audits().get(1).sample()).extracting(SampledSiteView::name)
                .containsExactly("Head office", "Branch P", "Branch O", "Branch N", "Branch M");
        assertThat(planned.audits().get(1).sampleFixed()).isFalse();

        refusedSample(programmeId, planned.audits().get(0).id(), List.of(sites.get(1).siteId()), "audit-not-sampled");
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = planned.audits().get(1).id();
        PlannedAuditView booked = driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR))
                .statusCode(200).extract().as(PlannedAuditView.class);

        assertThat(booked.sampleFixed()).isTrue();
        assertThat(booked.sample()).extracting(SampledSiteView::name, SampledSiteView::reason).containsExactly(
                tuple("Head office", "central function, visited at every audit"),
                tuple("Branch P",
                        "not yet visited in this cycle, 16 persons; √16 rounded up = 4 of 16 other sites"),
                tuple("Branch O",
                        "not yet visited in this cycle, 15 persons; √16 rounded up = 4 of 16 other sites"),
                tuple("Branch N",
                        "not yet visited in this cycle, 14 persons; √16 rounded up = 4 of 16 other sites"),
                tuple("Branch M",
                        "not yet visited in this cycle, 13 persons; √16 rounded up = 4 of 16 other sites"));
        AuditScheduledV1 scheduled = CloudEvents.published(connector, AuditScheduledV1.class,
                event -> event.auditId().equals(stage2)).data();
        assertThat(scheduled.sites()).extracting(Site::name)
                .containsExactly("Head office", "Branch P", "Branch O", "Branch N", "Branch M");
        assertThat(scheduled.coveredSites()).isEqualTo(sites);

        driver.deliver("certificate-events", TestEvents.certificateIssued(programmeId, contract.clientId(), stage2,
                LocalDate.of(2027, 6, 1)), UUID.randomUUID());
        PlannedAuditView surveillance = driver.programme(programmeId).audits().stream()
                .filter(audit -> audit.type() == AuditType.SURVEILLANCE).findFirst()
                .orElseThrow();
        // ⌈0.6·√16⌉ = 3 sites stage 2 did not visit
        assertThat(surveillance.sample()).extracting(SampledSiteView::name)
                .containsExactly("Head office", "Branch L", "Branch K", "Branch J");
    }

    @Test
    void staffChooseTheSampleWithAJustificationButNeverFewerThanTheRuleNorSitesNotCovered() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        List<Site> sites = new ArrayList<>(List.of(new Site(UUID.randomUUID(), "Head office", "Leeds", "GB", true, 40)));
        for (int i = 1; i <= 9; i++) {
            sites.add(new Site(UUID.randomUUID(), "Store " + i, "Town " + i, "GB", false, 5));
        }
        ContractSignedV1 base = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(new ContractSignedV1(base.contractId(), base.clientId(),
                base.clientName(), base.quotationId(), base.standards(), base.scope(), sites, base.auditDays(),
                base.excludedAuditors(), base.signedAt(), null, null));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        List<UUID> stores789 = List.of(sites.get(7).siteId(), sites.get(8).siteId(), sites.get(9).siteId());

        // √9 = 3 stores at least
        refusedSample(programmeId, stage2, stores789.subList(0, 2), "sample-too-small");
        refusedSample(programmeId, stage2, List.of(stores789.get(0), stores789.get(1), UUID.randomUUID()),
                "site-not-covered");
        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-05-10", "team", List.of(member(lead, LEAD_AUDITOR)),
                        "sample", stores789))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, stage2)
                .then().statusCode(400).body("violations.field", hasItem("sampleJustification"));

        PlannedAuditView booked = given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-05-10", "team", List.of(member(lead, LEAD_AUDITOR)),
                        "sample", stores789, "sampleJustification", "complaints about stores 7 to 9"))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, stage2)
                .then().statusCode(200).extract().as(PlannedAuditView.class);

        assertThat(booked.sample()).extracting(SampledSiteView::name, SampledSiteView::reason).containsExactly(
                tuple("Head office", "central function, visited at every audit"),
                tuple("Store 7", "chosen by planner: complaints about stores 7 to 9"),
                tuple("Store 8", "chosen by planner: complaints about stores 7 to 9"),
                tuple("Store 9", "chosen by planner: complaints about stores 7 to 9"));
        assertThat(CloudEvents.published(connector, AuditScheduledV1.class, event -> event.auditId().equals(stage2))
                .data().sites()).extracting(Site::name).containsExactly("Head office", "Store 7", "Store 8", "Store 9");
    }

    @Test
    void aSiteWhereAnAuditFoundNonconformitiesIsSampledAgainFirst() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        List<Site> sites = List.of(new Site(UUID.randomUUID(), "Head office", "Leeds", "GB", true, 40),
                new Site(UUID.randomUUID(), "Store 1", "York", "GB", false, 9),
                new Site(UUID.randomUUID(), "Store 2", "Hull", "GB", false, 3));
        ContractSignedV1 base = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(new ContractSignedV1(base.contractId(), base.clientId(),
                base.clientName(), base.quotationId(), base.standards(), base.scope(), sites, base.auditDays(),
                base.excludedAuditors(), base.signedAt(), null, null));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR)).statusCode(200);
        AuditCompletedV1 held = TestEvents.auditCompleted(stage2, programmeId, base.clientId(),
                LocalDate.of(2027, 5, 11), AuditType.STAGE_2, Recommendation.CERTIFY, 0);
        driver.deliver("audit-events", new AuditCompletedV1(held.auditId(), held.programmeId(), held.clientId(),
                held.clientName(), held.type(), held.standards(), held.scope(), sites, held.team(),
                held.findingCounts(), 0, held.lastDayOnSite(), held.recommendation(), held.completedAt(), sites,
                Map.of(sites.get(2).siteId(), 2), null, null), UUID.randomUUID());
        driver.deliver("certificate-events", TestEvents.certificateIssued(programmeId, base.clientId(), stage2,
                LocalDate.of(2027, 6, 1)), UUID.randomUUID());

        // ⌈0.6·√2⌉ = 1 store: the one with 2 nonconformities, although the other has more persons
        PlannedAuditView surveillance = driver.programme(programmeId).audits().stream()
                .filter(audit -> audit.type() == AuditType.SURVEILLANCE).findFirst().orElseThrow();
        assertThat(surveillance.sample()).extracting(SampledSiteView::name, SampledSiteView::reason).containsExactly(
                tuple("Head office", "central function, visited at every audit"),
                tuple("Store 2", "highest risk: 2 nonconformity(ies) found in this cycle, last visited 2027-05-11, "
                        + "3 persons; 0.6·√2 rounded up = 1 of 2 other sites"));
    }

    /** A booking with this sample is refused by the rule named, and books nothing. */
    private void refusedSample(UUID programmeId, UUID auditId, List<UUID> sample, String rule) {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-05-10", "team", List.of(member(lead, LEAD_AUDITOR)),
                        "sample", sample, "sampleJustification", "the planner's choice"))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, auditId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/" + rule));
        assertThat(driver.programme(programmeId).audits()).filteredOn(audit -> audit.id().equals(auditId))
                .singleElement().satisfies(audit -> assertThat(audit.status()).isEqualTo(PlannedAuditStatus.PLANNED));
    }
}
