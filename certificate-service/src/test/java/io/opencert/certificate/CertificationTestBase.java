package io.opencert.certificate;

import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.lifecycle.DailyLifecycle;
import io.opencert.commons.time.AdjustableClock;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests that certify a client and move the clock share: the {@link Certification} steps, the certificates, the daily lifecycle run,
 * the events sent, and the clock set back to today after each test.
 */
public abstract class CertificationTestBase {
    @Inject
    protected Certification certification;

    @Inject
    protected CertificateQueries certificates;

    @Inject
    protected DailyLifecycle lifecycle;

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
