package io.opencert.notification.notice;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.notification.notice.dto.DeliveryView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/** The mails written and what became of them: for staff all, for a client user those to their organisation. */
@ApplicationScoped
public class Deliveries {
    private static final String WHAT = "Mail";

    private final DeliveryRepository deliveries;
    private final CurrentUser user;
    private final Clock clock;

    Deliveries(DeliveryRepository deliveries, CurrentUser user, Clock clock) {
        this.deliveries = deliveries;
        this.user = user;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<DeliveryView>> list(UUID clientId, DeliveryState state, NoticeKind kind, String recipient,
                                        PageRequest page) {
        if (clientId != null) {
            user.requireAccessTo(clientId, "Client");
        }
        UUID organisation = !user.isClientUser() ? clientId
                : user.clientId().orElseThrow(() -> new NotFoundProblem("Client not found."));
        return Page.of(deliveries.search(organisation, state, kind, recipient), page, DeliveryView::of);
    }

    @WithSession
    public Uni<DeliveryView> get(UUID id) {
        return find(id).map(DeliveryView::of);
    }

    /** Staff send an undeliverable mail again, from its first try. */
    @WithTransaction
    public Uni<DeliveryView> sendAgain(UUID id) {
        return find(id).map(delivery -> {
            delivery.sendAgain(clock.instant());
            return DeliveryView.of(delivery);
        });
    }

    private Uni<Delivery> find(UUID id) {
        return deliveries.findById(id).map(found -> {
            if (found == null || !user.maySee(found.clientId())) {
                throw new NotFoundProblem(WHAT + " not found.");
            }
            return found;
        });
    }
}
