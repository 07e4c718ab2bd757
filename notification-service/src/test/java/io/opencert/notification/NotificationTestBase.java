package io.opencert.notification;

import io.opencert.localstack.MailTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** The service on a real PostgreSQL and a real mail server, with the other services' topics in memory. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailTestResource.class)
public abstract class NotificationTestBase {
    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    protected NotificationDriver driver;

    @BeforeEach
    void driver() {
        MailTestResource.proxy().restore();
        driver = new NotificationDriver(connector);
    }
}
