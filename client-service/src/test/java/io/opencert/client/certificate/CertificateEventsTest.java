package io.opencert.client.certificate;

import io.opencert.client.Fixtures;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * client-service keeps its clients' certificates from certificate-service's events (topic cb.certificate-events) and
 * lists them in the client view; a redelivered event, or one older than what is known, changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class CertificateEventsTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    ChangeLog changeLog;

    @Test
    void theClientViewListsTheCertificatesAnnouncedAndARedeliveryChangesNothing() {
        String clientId = Fixtures.registerClient("Kappa Certified Services GmbH", 20);
        CertificateIssuedV1 base = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2018, TODAY.minusMonths(2));
        CertificateIssuedV1 cloud = Fixtures.certificateIssued(clientId, ISO_IEC_TR_20000_9_2015, TODAY.minusMonths(1));
        UUID eventId = UUID.randomUUID();

        deliver(base, eventId);
        deliver(base, eventId);
        deliver(cloud, UUID.randomUUID());

        List<CertificateIssuedV1> byNumber = base.number().compareTo(cloud.number()) < 0
                ? List.of(base, cloud) : List.of(cloud, base);
        given().get("/api/v1/clients/{id}", clientId).then().statusCode(200)
                .body("certificates", hasSize(2))
                .body("certificates.number", contains(byNumber.get(0).number(), byNumber.get(1).number()))
                .body("certificates.standard", contains(byNumber.get(0).standard().name(),
                        byNumber.get(1).standard().name()))
                .body("certificates.status", contains("ACTIVE", "ACTIVE"))
                .body("certificates.expiryDate", contains(byNumber.get(0).expiryDate().toString(),
                        byNumber.get(1).expiryDate().toString()));
        assertThat(history(base.certificateId())).extracting(entry -> entry.action).containsExactly("issued");
        // logged as told by the service that announced it
        assertThat(history(base.certificateId()).getFirst().actor).isEqualTo("/certificate-service");
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_B))
    void aClientUserSeesTheirOrganisationsCertificatesAndAnotherClientsAppearNowhereElse() {
        CertificateIssuedV1 issued = Fixtures.certificateIssued(Fixtures.CLIENT_B, ISO_IEC_20000_1_2018,
                TODAY.minusYears(5));
        CertificateWithdrawnV1 withdrawn = new CertificateWithdrawnV1(issued.certificateId(), issued.number(),
                issued.clientId(), "client request", TODAY.minusYears(4), UUID.randomUUID());
        deliver(issued, UUID.randomUUID());
        deliver(withdrawn, UUID.randomUUID());

        given().get("/api/v1/clients/{id}", Fixtures.CLIENT_B).then().statusCode(200)
                .body("certificates.find { it.number == '" + issued.number() + "' }.status", equalTo("WITHDRAWN"));
        given().get("/api/v1/clients/{id}", Fixtures.CLIENT_A).then().statusCode(404);
    }

    @Test
    void suspensionAndReinstatementFollowAndASuspensionToldLateChangesNothing() {
        String clientId = Fixtures.registerClient("Lambda Hosting GmbH", 20);
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2018, TODAY.minusYears(1));
        CertificateSuspendedV1 suspended = new CertificateSuspendedV1(issued.certificateId(), issued.number(),
                issued.clientId(), "MISSED_SURVEILLANCE", TODAY.minusDays(40), TODAY.minusDays(40).plusMonths(6),
                UUID.randomUUID());
        deliver(issued, UUID.randomUUID());
        deliver(suspended, UUID.randomUUID());

        assertThat(statuses(clientId)).containsExactly("SUSPENDED");

        deliver(new CertificateReinstatedV1(issued.certificateId(), issued.number(), issued.clientId(),
                TODAY.minusDays(10), issued.expiryDate(), UUID.randomUUID()), UUID.randomUUID());
        // the same suspension published again (e.g. replayed from cb.certificate-events.dlq), after the reinstatement
        deliver(suspended, UUID.randomUUID());

        assertThat(statuses(clientId)).containsExactly("ACTIVE");
        assertThat(history(issued.certificateId())).extracting(entry -> entry.action)
                .containsExactly("issued", "suspended", "reinstated");
    }

    @Test
    void aRedeliveredSuspensionChangesNothingAfterAReinstatementOnTheSameDay() {
        String clientId = Fixtures.registerClient("Lambda Colocation GmbH", 20);
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2018, TODAY.minusYears(1));
        CertificateSuspendedV1 suspended = new CertificateSuspendedV1(issued.certificateId(), issued.number(),
                issued.clientId(), "CLIENT_REQUEST", TODAY, TODAY.plusMonths(6), UUID.randomUUID());
        UUID suspensionId = UUID.randomUUID();
        deliver(issued, UUID.randomUUID());
        deliver(suspended, suspensionId);
        deliver(new CertificateReinstatedV1(issued.certificateId(), issued.number(), issued.clientId(), TODAY,
                issued.expiryDate(), UUID.randomUUID()), UUID.randomUUID());

        deliver(suspended, suspensionId);

        assertThat(statuses(clientId)).containsExactly("ACTIVE");
        assertThat(history(issued.certificateId())).extracting(entry -> entry.action)
                .containsExactly("issued", "suspended", "reinstated");
    }

    @Test
    void aRenewalGivesTheNewExpiryAndAnOlderRevisionToldLateDoesNotTakeItBack() {
        String clientId = Fixtures.registerClient("Mu Managed Services GmbH", 20);
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2018,
                TODAY.minusYears(3).plusMonths(1));
        LocalDate renewedUntil = issued.expiryDate().plusYears(3);
        deliver(issued, UUID.randomUUID());
        deliver(new CertificateRenewedV1(issued.certificateId(), issued.number(), 3, issued.clientId(),
                issued.holderName(), issued.standard(), issued.scope(), issued.sites(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), TODAY.minusDays(5), issued.originalCertificationDate(),
                TODAY.minusDays(5), renewedUntil, Instant.now()), UUID.randomUUID());

        deliver(new CertificateRevisedV1(issued.certificateId(), issued.number(), 2, 1, issued.clientId(),
                issued.holderName(), "ADDRESS_CHANGE", issued.scope(), issued.sites(), TODAY.minusMonths(6),
                issued.expiryDate(), Instant.now(), null), UUID.randomUUID());

        given().get("/api/v1/clients/{id}", clientId).then().statusCode(200)
                .body("certificates.status", contains("ACTIVE"))
                .body("certificates.expiryDate", contains(renewedUntil.toString()));
        assertThat(history(issued.certificateId())).extracting(entry -> entry.action)
                .containsExactly("issued", "renewed");
    }

    @Test
    void eventsThatChangeNoCertificateAreAcknowledgedAndChangeNothing() {
        String clientId = Fixtures.registerClient("Nu Service Desk GmbH", 20);

        deliver(new CertificateExpiringV1(UUID.randomUUID(), "CB-2023-NOTICE", UUID.fromString(clientId),
                TODAY.plusDays(60), 60, TODAY), UUID.randomUUID());

        given().get("/api/v1/clients/{id}", clientId).then().statusCode(200)
                .body("certificates", empty());
    }

    private void deliver(EventPayload event, UUID eventId) {
        Fixtures.deliverCertificateEvent(connector, event, eventId);
    }

    private static List<String> statuses(String clientId) {
        return given().get("/api/v1/clients/{id}", clientId).then().statusCode(200)
                .extract().jsonPath().getList("certificates.status");
    }

    private List<ChangeLogEntry> history(UUID certificateId) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> changeLog.history(HeldCertificates.ENTITY, certificateId)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
