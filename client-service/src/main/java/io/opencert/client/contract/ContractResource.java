package io.opencert.client.contract;

import io.opencert.client.contract.dto.ContractView;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "Accepted quotations: what the client bought for a certification cycle")
public class ContractResource {
    private final ContractService contracts;

    ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A contract; a client user sees only their own organisation's contracts")
    public Uni<ContractView> get(@PathParam("id") UUID id) {
        return contracts.get(id);
    }
}
