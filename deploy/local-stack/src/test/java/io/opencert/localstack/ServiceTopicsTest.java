package io.opencert.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The broker's users may do what the services' configuration has them do, and no more. */
class ServiceTopicsTest {

    @Test
    void eachServiceReadsWhatItsChannelsConsumeAndWritesItsOwnTopic() throws IOException {
        for (String service : Platform.SERVICES) {
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("../..", service, "src/main/resources/application.properties"))) {
                config.load(in);
            }
            TreeSet<String> consumed = new TreeSet<>();
            config.stringPropertyNames().stream()
                    .filter(name -> name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                    .forEach(name -> consumed.add(config.getProperty(name)));
            assertEquals(new TreeSet<>(Platform.CONSUMED_TOPICS.get(service)), consumed, service);
            assertEquals(List.of(Platform.topicOf(service)),
                    List.of(config.getProperty("mp.messaging.outgoing.outbox.topic")), service);
        }
    }
}
