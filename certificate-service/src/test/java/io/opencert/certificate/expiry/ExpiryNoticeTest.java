package io.opencert.certificate.expiry;

import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class ExpiryNoticeTest extends CertificationTestBase {

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void noticesGoOut90_60And30DaysBeforeExpiryEachOnce() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();
        LocalDate expiry = certificate.expiryDate();

        assertThat(runOn(expiry.minusDays(91), certificate)).isEmpty();
        assertThat(runOn(expiry.minusDays(90), certificate)).containsExactly(90);
        assertThat(runOn(expiry.minusDays(90), certificate)).as("same day again").isEmpty();
        assertThat(runOn(expiry.minusDays(75), certificate)).isEmpty();
        assertThat(runOn(expiry.minusDays(60), certificate)).containsExactly(60);
        assertThat(runOn(expiry.minusDays(30), certificate)).containsExactly(30);
        assertThat(runOn(expiry.minusDays(1), certificate)).isEmpty();
        assertThat(runOn(expiry.plusDays(1), certificate)).as("expired").isEmpty();

        List<CertificateExpiringV1> events = await().atMost(Duration.ofSeconds(10))
                .until(() -> certification.expiringEvents(certificate.id()), published -> published.size() >= 3);
        assertThat(events).extracting(CertificateExpiringV1::daysBeforeExpiry).containsExactly(90, 60, 30);
        assertThat(events).extracting(CertificateExpiringV1::noticeDate)
                .containsExactly(expiry.minusDays(90), expiry.minusDays(60), expiry.minusDays(30));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.number()).isEqualTo(certificate.number());
            assertThat(event.clientId()).isEqualTo(certificate.clientId());
            assertThat(event.expiryDate()).isEqualTo(expiry);
        });
    }

    /** Runs the job as if it were 02:15 UTC on that day; the notice periods sent for this certificate. */
    private List<Integer> runOn(LocalDate day, CertificateView certificate) {
        clock.setTo(day.atTime(2, 15).toInstant(ZoneOffset.UTC));
        return given().when().post("/api/v1/admin/jobs/expiry-notices")
                .then().statusCode(200)
                .body("noticeDate", is(day.toString()))
                .extract().jsonPath()
                .getList("notices.findAll { it.certificateId == '" + certificate.id() + "' }.daysBeforeExpiry",
                        Integer.class);
    }
}
