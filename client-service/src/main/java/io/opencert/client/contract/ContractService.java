package io.opencert.client.contract;

import io.opencert.client.contract.dto.ContractView;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ContractService {
    public static final String ENTITY = "Contract";

    private final ContractRepository contracts;
    private final CurrentUser user;

    ContractService(ContractRepository contracts, CurrentUser user) {
        this.contracts = contracts;
        this.user = user;
    }

    /** A client user sees only their own organisation's contracts; anything else is "not found". */
    @WithSession
    public Uni<ContractView> get(UUID id) {
        return contracts.findWithAudits(id).map(found -> found
                .filter(contract -> user.maySee(contract.clientId))
                .map(ContractView::of)
                .map(view -> user.isClientUser() ? view.forClientUser() : view)
                .orElseThrow(() -> new NotFoundProblem(ENTITY + " not found.")));
    }
}
