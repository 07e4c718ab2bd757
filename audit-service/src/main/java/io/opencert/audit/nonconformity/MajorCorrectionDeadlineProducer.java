package io.opencert.audit.nonconformity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deadline rule with the body's correction period ({@code cb.audit.major-correction-days}). */
@ApplicationScoped
class MajorCorrectionDeadlineProducer {

    @Produces
    @Singleton
    MajorCorrectionDeadline majorCorrectionDeadline(@ConfigProperty(name = "cb.audit.major-correction-days") int days) {
        return new MajorCorrectionDeadline(days);
    }
}
