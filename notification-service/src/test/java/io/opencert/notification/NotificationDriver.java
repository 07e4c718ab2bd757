package io.opencert.notification;

import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.EventPayload;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.model.Contact;
import io.opencert.localstack.MailServer;
import io.opencert.localstack.MailTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Delivers the other services' events as they would arrive, and reads the mails and the staff's view of them. */
public final class NotificationDriver {
    public static final String CLIENT_EVENTS = "client-events";
    public static final String SCHEDULING_EVENTS = "scheduling-events";
    public static final String AUDIT_EVENTS = "audit-events";
    public static final String CERTIFICATE_EVENTS = "certificate-events";

    private final InMemoryConnector connector;

    public NotificationDriver(InMemoryConnector connector) {
        this.connector = connector;
    }

    /** A client registered with these contacts; addresses unique to the test, under {@code <clientId>.example}. */
    public UUID register(String name, Contact... contacts) {
        return register(UUID.randomUUID(), name, contacts);
    }

    /** The client with this id (e.g. the one of the tests' client user) registered, or its contacts replaced. */
    public UUID register(UUID clientId, String name, Contact... contacts) {
        deliver(CLIENT_EVENTS, new ClientRegisteredV1(clientId, name, "HRB " + clientId, "Hamburg", "DE", 40,
                "IT service management", Instant.now(), List.of(contacts)));
        return clientId;
    }

    public void updateContacts(UUID clientId, String name, Contact... contacts) {
        deliver(CLIENT_EVENTS, new ClientUpdatedV1(clientId, name, "HRB " + clientId, "Hamburg", "DE", 40,
                "IT service management", Instant.now(), List.of(contacts)));
    }

    /** A contact with an address no other test uses. */
    public static Contact contact(String name) {
        return new Contact(name, "SMS manager",
                name.toLowerCase().replace(' ', '.') + "@" + UUID.randomUUID() + ".example");
    }

    /** Delivers the event with a new id; returns the id, to deliver it again. */
    public UUID deliver(String channel, EventPayload event) {
        UUID id = UUID.randomUUID();
        deliver(channel, event, id);
        return id;
    }

    /** Delivers the event with this id (the same id twice is a redelivery) and waits for the consumer to take it. */
    public void deliver(String channel, EventPayload event, UUID id) {
        CloudEvents.deliver(connector, channel, event, id);
    }

    /** Waits until {@code count} mails arrived for the address, and returns them. */
    public List<ReceivedMail> mailsTo(String address, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> inbox(address), mails -> mails.size() >= count);
    }

    /** Waits for the mail to the (shared) address that {@code which} picks. */
    public ReceivedMail mailTo(String address, Predicate<ReceivedMail> which) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> inbox(address).stream().filter(which).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    public List<ReceivedMail> inbox(String address) {
        return MailTestResource.server().inbox(address).stream().map(ReceivedMail::of).toList();
    }

    /** The staff's list of the client's mails (the caller's test security applies). */
    public JsonPath mailsOf(UUID clientId) {
        return given().queryParam("clientId", clientId).queryParam("size", 100)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The client's mails to this address, as staff see them. */
    public JsonPath mailsOf(UUID clientId, String recipient) {
        return given().queryParam("clientId", clientId).queryParam("recipient", recipient)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits until every mail of the client was handed to the relay. */
    public JsonPath awaitAllSent(UUID clientId, int count) {
        return awaitAllSent(() -> mailsOf(clientId), count);
    }

    /** Waits until every mail to the address (for a client or not) was handed to the relay. */
    public JsonPath awaitAllSentTo(String recipient, int count) {
        return awaitAllSent(() -> given().queryParam("recipient", recipient).when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath(), count);
    }

    private static JsonPath awaitAllSent(Callable<JsonPath> mails, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(mails, found -> found.getList("items").size() == count
                && found.<String>getList("items.state").stream().allMatch("SENT"::equals));
    }

    public static MailServer mailServer() {
        return MailTestResource.server();
    }
}
