package io.opencert.events.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document describes exactly the events of {@link EventType}, on their topics, with their schemas. */
class AsyncApiDocumentTest {
    private static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.yaml");
    private static final List<String> TOPICS = List.of(Topics.CLIENT, Topics.SCHEDULING, Topics.AUDIT, Topics.CERTIFICATE);
    private static JsonNode asyncApi;

    @BeforeAll
    static void parse() throws IOException {
        asyncApi = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void isAsyncApi3WithEveryTopicAndItsDeadLetterTopic() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(addresses()).containsExactlyInAnyOrderElementsOf(
                TOPICS.stream().flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic))).toList());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventIsAMessageOfItsTopicWithItsTypeAndSchema(EventType type) {
        for (String address : List.of(type.topic(), Topics.deadLetter(type.topic()))) {
            List<JsonNode> messages = new ArrayList<>();
            channel(address).path("messages").forEach(ref -> messages.add(resolve(ref)));

            assertThat(messages).as("messages of %s", address).filteredOn(m -> type.equals(eventType(m))).singleElement()
                    .satisfies(message -> {
                        assertThat(message.path("name").asText()).isEqualTo(type.type());
                        String schema = message.at("/payload/schema/$ref").asText();
                        assertThat(DOCUMENT.resolveSibling(schema)).as("payload schema").exists()
                                .hasFileName(type.type() + ".json");
                        assertThat(message.at("/bindings/kafka/key/format").asText()).isEqualTo("uuid");
                    });
        }
    }

    @Test
    void everyMessageIsAnEventTypeDescribedOnce() {
        List<String> components = new ArrayList<>();
        asyncApi.at("/components/messages").forEach(message -> components.add(ceType(message).orElse("<no ce_type const>")));
        List<String> inChannels = new ArrayList<>();
        asyncApi.path("channels").forEach(channel -> channel.path("messages")
                .forEach(ref -> inChannels.add(ceType(resolve(ref)).orElse("<no ce_type const>"))));

        assertThat(components).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Stream.of(EventType.values()).map(EventType::type).toList());
        assertThat(inChannels).allSatisfy(type -> assertThat(EventType.ofType(type)).as(type).isPresent());
    }

    @Test
    void everyCloudEventsHeaderIsRequired() {
        assertThat(asyncApi.at("/components/schemas/CloudEventHeaders/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
                        "content-type");
    }

    @Test
    void operationsReferToAChannelAndToMessagesOfThatChannel() {
        asyncApi.path("operations").properties().forEach(operation -> {
            String channelRef = operation.getValue().at("/channel/$ref").asText();
            assertThat(resolve(operation.getValue().path("channel")).path("address").isTextual())
                    .as("channel of %s", operation.getKey()).isTrue();
            assertThat(operation.getValue().path("messages")).as("messages of %s", operation.getKey()).isNotEmpty()
                    .allSatisfy(message -> {
                        assertThat(message.path("$ref").asText()).startsWith(channelRef + "/messages/");
                        assertThat(eventType(resolve(message))).isNotNull();
                    });
        });
    }

    @Test
    void eachTopicHasOneProducerWhoseSourceItsMessagesCarry() {
        for (String topic : TOPICS) {
            List<JsonNode> producers = operations().stream().filter(o -> isOn(o, "send", topic)).toList();

            assertThat(producers).as("producers of %s", topic).singleElement().satisfies(producer -> {
                String source = "/" + service(producer);
                assertThat(messages(producer)).as("messages sent by %s", service(producer))
                        .hasSize(channel(topic).path("messages").size())
                        .allSatisfy(message -> assertThat(headerConst(message, "ce_source")).contains(source));
            });
        }
    }

    @Test
    void everyConsumerParksWhatItCannotProcessOnTheDeadLetterTopic() {
        for (String topic : TOPICS) {
            for (JsonNode receive : operations().stream().filter(o -> isOn(o, "receive", topic)).toList()) {
                assertThat(operations()).as("dead-lettering by %s of %s", service(receive), topic)
                        .filteredOn(o -> isOn(o, "send", Topics.deadLetter(topic)) && service(o).equals(service(receive)))
                        .singleElement()
                        .satisfies(deadLetters -> assertThat(messageNames(deadLetters)).isEqualTo(messageNames(receive)));
            }
        }
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        asyncApi.path("operations").forEach(operations::add);
        return operations;
    }

    /** Operations are tagged with the service that performs them. */
    private static String service(JsonNode operation) {
        assertThat(operation.path("tags")).hasSize(1);
        return operation.at("/tags/0/name").asText();
    }

    private boolean isOn(JsonNode operation, String action, String address) {
        return operation.path("action").asText().equals(action)
                && resolve(operation.path("channel")).path("address").asText().equals(address);
    }

    private static List<JsonNode> messages(JsonNode operation) {
        List<JsonNode> messages = new ArrayList<>();
        operation.path("messages").forEach(ref -> messages.add(resolve(ref)));
        return messages;
    }

    private static List<String> messageNames(JsonNode operation) {
        return messages(operation).stream().map(message -> message.path("name").asText()).toList();
    }

    private List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        return addresses;
    }

    private JsonNode channel(String address) {
        List<JsonNode> matching = new ArrayList<>();
        asyncApi.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(address)) {
                matching.add(channel);
            }
        });
        assertThat(matching).as("channels with address %s", address).hasSize(1);
        return matching.getFirst();
    }

    /** Follows local {@code $ref}s, also chained ones (operation -> channel message -> component message). */
    private static JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = asyncApi.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static EventType eventType(JsonNode message) {
        return ceType(message).flatMap(EventType::ofType).orElse(null);
    }

    private static Optional<String> ceType(JsonNode message) {
        return headerConst(message, "ce_type");
    }

    /** The const a message's headers fix for one header, in the one part of their {@code allOf} that does. */
    private static Optional<String> headerConst(JsonNode message, String header) {
        List<String> consts = new ArrayList<>();
        message.at("/headers/allOf").forEach(part -> {
            JsonNode value = resolve(part).at("/properties/" + header + "/const");
            if (value.isTextual()) {
                consts.add(value.asText());
            }
        });
        return consts.size() == 1 ? Optional.of(consts.getFirst()) : Optional.empty();
    }
}
