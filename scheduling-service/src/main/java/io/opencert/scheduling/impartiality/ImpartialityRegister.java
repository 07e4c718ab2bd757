package io.opencert.scheduling.impartiality;

import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.scheduling.rules.Impartiality;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What scheduling keeps of client-service's impartiality register: each consultancy for a client, by one of the
 * body's auditors or by the body itself. Bookings and suggestions check them ({@link Impartiality}). Runs inside the
 * inbox transaction of {@link io.opencert.commons.inbox.EventConsumer}.
 */
@ApplicationScoped
public class ImpartialityRegister {
    private final ConsultancyRepository consultancies;

    ImpartialityRegister(ConsultancyRepository consultancies) {
        this.consultancies = consultancies;
    }

    /** Keeps the consultancy; the register recording the same one again replaces its dates. */
    public Uni<Void> onConsultancyRecorded(ConsultancyRecordedV1 recorded, String actor) {
        OffsetDateTime recordedAt = OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC);
        String auditor = recorded.auditor() == null || recorded.auditor().isBlank() ? null : recorded.auditor().strip();
        return consultancies.findById(recorded.consultancyId())
                .flatMap(known -> {
                    if (known != null) {
                        known.recordAgain(auditor, recorded.fromDate(), recorded.toDate(), recordedAt);
                        return Uni.createFrom().voidItem();
                    }
                    return consultancies.persist(new ClientConsultancy(recorded.consultancyId(), recorded.clientId(),
                            auditor, recorded.fromDate(), recorded.toDate(), recordedAt)).replaceWithVoid();
                });
    }
}
