package io.opencert.audit.client;

import io.opencert.audit.audit.AuditService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class ClientService {
    private static final Logger LOG = Logger.getLogger(ClientService.class);

    private final ClientRepository clients;
    private final AuditService audits;

    ClientService(ClientRepository clients, AuditService audits) {
        this.clients = clients;
        this.audits = audits;
    }

    /**
     * client-service registered or changed a client: keep its name, and let its open audits show it. Runs inside the
     * inbox transaction of the event.
     */
    public Uni<Void> onClientPublished(UUID clientId, String legalName, Instant changedAt, String source) {
        OffsetDateTime at = OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC);
        return clients.findById(clientId).flatMap(known -> {
            if (known == null) {
                return clients.persist(Client.published(clientId, legalName, at))
                        .flatMap(persisted -> audits.onClientRenamed(clientId, legalName, source));
            }
            if (!known.take(legalName, at)) {
                LOG.infof("client %s: the change of %s from %s is older than the one held; ignored", clientId,
                        changedAt, source);
                return Uni.createFrom().voidItem();
            }
            return audits.onClientRenamed(clientId, legalName, source);
        });
    }
}
