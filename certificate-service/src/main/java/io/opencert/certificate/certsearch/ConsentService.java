package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.ConsentView;
import io.opencert.certificate.certsearch.dto.ConsentView.RecordedAs;
import io.opencert.commons.changelog.ChangeLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Holders' consent to publication in IAF CertSearch; each change is kept, who recorded it, on whose behalf and when. */
@ApplicationScoped
public class ConsentService {
    /** The entity type of a holder's consent in the change log, by client id. */
    static final String ENTITY = "CertSearchConsent";

    private final ConsentChangeRepository changes;
    private final ChangeLog changeLog;
    private final Clock clock;

    ConsentService(ConsentChangeRepository changes, ChangeLog changeLog, Clock clock) {
        this.changes = changes;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @WithSession
    public Uni<ConsentView> consentOf(UUID clientId) {
        return history(clientId).map(history -> view(clientId, history));
    }

    /**
     * Gives or withdraws the consent; a request that changes nothing (giving it again, withdrawing one never given)
     * records nothing. Two changes of one holder at once wait for each other, so that each sees the other's result.
     */
    @WithTransaction
    public Uni<ConsentView> record(UUID clientId, boolean consented, String note, String actor, RecordedAs as) {
        return lock(clientId).flatMap(locked -> history(clientId)).flatMap(history -> {
            if (consents(history) == consented) {
                return Uni.createFrom().item(view(clientId, history));
            }
            String stripped = note == null || note.isBlank() ? null : note.strip();
            ConsentChange change = consented
                    ? ConsentChange.given(clientId, actor, as, clock.instant(), stripped)
                    : ConsentChange.withdrawn(clientId, actor, as, clock.instant(), stripped);
            String action = consented ? "given" : "withdrawn";
            return changes.persist(change)
                    .flatMap(ignored -> changeLog.record(actor, ENTITY, clientId, action, "consent to publication in "
                            + "IAF CertSearch " + action + " as " + as + (stripped == null ? "" : ": " + stripped)))
                    .flatMap(ignored -> history(clientId))
                    .map(changed -> view(clientId, changed));
        });
    }

    private Uni<List<ConsentChange>> history(UUID clientId) {
        return changes.list("clientId = ?1 order by recordedAt, seq", clientId);
    }

    private static Uni<Integer> lock(UUID clientId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:client, 0))) AS locked",
                        Integer.class)
                .setParameter("client", "certsearch-consent:" + clientId).getSingleResult());
    }

    private static boolean consents(List<ConsentChange> history) {
        return !history.isEmpty() && history.getLast().consented();
    }

    private static ConsentView view(UUID clientId, List<ConsentChange> history) {
        return new ConsentView(clientId, consents(history), history.stream().map(ConsentChange::view).toList());
    }
}
