package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.PdfReading;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.register.CertificatePdf;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

/**
 * A stage 2 that visited the central function and 4 of 16 other sites certifies all 17: the decision shows them beside
 * the sample visited, and the certificate, its PDF and the public register list every one.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class MultiSiteCertificationTest extends CertificationTestBase {

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void everyCoveredSiteIsCertifiedNotOnlyTheSampleVisited() throws Exception {
        List<Site> covered = new ArrayList<>(List.of(new Site(UUID.randomUUID(), "Head office", "Leeds", "GB", true, 100)));
        for (int i = 1; i <= 16; i++) {
            covered.add(new Site(UUID.randomUUID(), "Branch " + i, "Town " + i, "GB", false, 15));
        }
        List<Site> visited = covered.subList(0, 5);
        AuditCompletedV1 stage2 = Certification.sampled(
                Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0), visited, covered);

        CertificateView certificate = certification.grant(stage2).certificate();
        DecisionView decision = certification.decisionOn(stage2.auditId());
        assertThat(decision.sites()).isEqualTo(covered);
        assertThat(decision.visitedSites()).isEqualTo(visited);
        assertThat(certificate.sites()).extracting(SiteView::name)
                .containsExactlyElementsOf(covered.stream().map(Site::name).toList());
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("sites", hasSize(17))
                .body("sites.name", contains(covered.stream().map(Site::name).toArray()));
        byte[] pdf = given().when().get("/api/v1/certificates/{id}/pdf", certificate.id())
                .then().statusCode(200).contentType(CertificatePdf.MEDIA_TYPE).extract().asByteArray();
        assertThat(PdfReading.textOf(pdf)).contains("Head office", "Branch 1", "Branch 9", "Branch 16");
    }
}
