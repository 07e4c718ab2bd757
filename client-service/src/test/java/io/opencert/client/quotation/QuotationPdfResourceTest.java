package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.client.quotation.pdf.QuotationPdf;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The printed quotation: what staff and the client's own user download, and that no one else can. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotationPdfResourceTest {
    private static final String PROBLEMS = "https://opencert.io/problems/";

    /** A quotation for client-a's organisation, issued by staff in the first test. */
    private static String clientAQuotation;

    @Test
    @Order(1)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffDownloadTheQuotationWithEachAuditOfTheCycleAndTheTotal() throws IOException {
        String name = "Kappa Hosting " + UUID.randomUUID().toString().substring(0, 8) + " GmbH";
        String clientId = Fixtures.registerClient(name, 100);
        String quotationId = Fixtures.issueQuotation(clientId, 30);
        JsonPath quotation = given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200).extract().jsonPath();

        ExtractableResponse<Response> response = given().when().get("/api/v1/quotations/{id}/pdf", quotationId)
                .then().statusCode(200)
                .contentType(QuotationPdf.MEDIA_TYPE)
                .extract();

        byte[] pdf = response.asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.header("Content-Disposition")).contains("quotation-" + quotationId + ".pdf");
        String text = text(pdf);
        assertThat(text).contains("OpenCert Certification GmbH", quotationId, "Revision: 1",
                "Valid until: " + quotation.getString("validUntil"), name, "Hamburg", "DE",
                "ISO/IEC 20000-1:2018", "Operation of data centre and service desk services");
        List<Map<String, Object>> audits = quotation.getList("audits");
        assertThat(audits).hasSize(5);
        List<String> labels = List.of("Stage 1", "Stage 2", "Surveillance 1", "Surveillance 2", "Recertification");
        for (int i = 0; i < audits.size(); i++) {
            String days = QuotationPdf.days(new BigDecimal(audits.get(i).get("days").toString()));
            String price = QuotationPdf.money(new BigDecimal(audits.get(i).get("price").toString()));
            assertThat(text).contains(labels.get(i) + " " + days + " " + price);
        }
        String total = QuotationPdf.money(new BigDecimal(quotation.getString("totalPrice")));
        assertThat(text).contains("Total price: " + total + " EUR");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffIssueAQuotationForClientA() {
        clientAQuotation = Fixtures.issueQuotation(Fixtures.CLIENT_A, 90);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_A))
    void theClientsOwnUserDownloadsIt() throws IOException {
        byte[] pdf = given().when().get("/api/v1/quotations/{id}/pdf", clientAQuotation)
                .then().statusCode(200)
                .contentType(QuotationPdf.MEDIA_TYPE)
                .extract().asByteArray();

        // 12 persons: 2.5 days initial audit, at the default tariff 4,000.00 EUR for the cycle
        assertThat(text(pdf)).contains("Alpha Managed Services GmbH", "HRB 100001", "Berlin",
                "Stage 1 1.0 500.00", "Stage 2 1.5 1,000.00", "Surveillance 1 1.0 750.00",
                "Surveillance 2 1.0 750.00", "Recertification 1.5 1,000.00", "Total 6.0 4,000.00",
                "Total price: 4,000.00 EUR");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_B))
    void anotherOrganisationsUserFindsNoSuchQuotation() {
        given().when().get("/api/v1/quotations/{id}/pdf", clientAQuotation)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anUnknownQuotationIsNotFound() {
        given().when().get("/api/v1/quotations/{id}/pdf", UUID.randomUUID())
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "auditor1", roles = "auditor")
    void otherRolesAreRefused() {
        given().when().get("/api/v1/quotations/{id}/pdf", clientAQuotation)
                .then().statusCode(403);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
