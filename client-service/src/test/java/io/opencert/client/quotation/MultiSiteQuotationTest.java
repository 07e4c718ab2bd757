package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.Site;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A client applying with a central function and 16 other sites: the quotation and the contract list all 17 as
 * certified, while each quoted audit shows the sample it visits (IAF MD 1: stage 2 √16 = 4 sites, a surveillance
 * 0.6·√16 rounded up = 3, the recertification 0.8·√16 rounded up = 4, each with the central function).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class MultiSiteQuotationTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void everyAppliedForSiteIsQuotedAndContractedWhileEachAuditVisitsItsSample() throws IOException {
        String clientId = Fixtures.registerClient("Seventeen Sites Ltd", 340);
        Map<String, Object> answers = Fixtures.firstCycleAnswers(clientId);
        List<Map<String, Object>> sites = new ArrayList<>(List.of(Map.of("name", "Head office", "city", "Leeds",
                "country", "GB", "centralFunction", true, "persons", 100)));
        IntStream.rangeClosed(1, 16).forEach(i -> sites.add(Map.of("name", "Branch " + i, "city", "Town " + i,
                "country", "GB", "centralFunction", false, "persons", 15)));
        answers.put("sites", sites);
        answers.put("persons", 340);
        answers.remove("cloudServiceModels");
        answers.remove("cloudDeploymentModels");
        answers.put("standards", List.of("ISO_IEC_20000_1_2018"));
        String questionnaireId = Fixtures.submitQuestionnaire(answers);
        Fixtures.reviewQuestionnaire(questionnaireId);

        String quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "validDays", 30))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("sites", hasSize(17))
                .body("sites[0].name", equalTo("Head office"))
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                .extract().path("id");
        List<String> siteDays = given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200).extract().path("audits.siteDays");
        assertThat(siteDays).extracting(days -> days.split(", ").length).containsExactly(1, 5, 4, 4, 5);
        assertThat(siteDays).allSatisfy(days -> assertThat(days).startsWith("Head office "));
        byte[] pdf = given().when().get("/api/v1/quotations/{id}/pdf", quotationId)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Sites: 17: Head office (Leeds, GB, central function); Branch 1 (Town 1, GB)",
                            "Branch 16 (Town 16, GB)");
        }

        String contractId = given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(200)
                .extract().path("contractId");
        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(200)
                .body("sites", hasSize(17))
                .body("sites.findAll { it.centralFunction }.name", contains("Head office"));
        ContractSignedV1 signed = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data();
        assertThat(signed.sites()).hasSize(17).extracting(Site::name).contains("Head office", "Branch 1", "Branch 16");
    }
}
