package io.opencert.certificate;

import io.opencert.certificate.certificate.CertificateService;
import io.opencert.commons.time.AdjustableClock;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests that certify a client and move the clock share: the {@link Certification} steps, the certificates,
 * the events sent, and the clock set back to today after each test.
 */
public abstract class CertificationTestBase {
    @Inject
    protected Certification certification;

    @Inject
    protected CertificateService certificates;

    @Inject
    protected AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    protected InMemoryConnector connector;

    @AfterEach
    void backToToday() {
        clock.reset();
    }
}
