package io.opencert.scheduling.auditor;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.auditor.dto.AuditorRegistration;
import io.opencert.scheduling.auditor.dto.AuditorView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/auditors")
@Tag(name = "Auditor register", description = "The people the certification body may put on audit teams")
public class AuditorResource {
    private final AuditorService auditors;
    private final CurrentUser currentUser;

    AuditorResource(AuditorService auditors, CurrentUser currentUser) {
        this.auditors = auditors;
        this.currentUser = currentUser;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Register an auditor with the standards they are qualified for")
    public Uni<RestResponse<AuditorView>> register(@Valid @NotNull AuditorRegistration registration) {
        return auditors.register(registration, currentUser.username())
                .map(view -> RestResponse.ResponseBuilder
                        .<AuditorView>created(UriBuilder.fromResource(AuditorResource.class).path("{id}")
                                .build(view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "The auditor register, by username")
    public Uni<Page<AuditorView>> list(@Valid @BeanParam PageRequest page) {
        return auditors.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "One auditor of the register")
    public Uni<AuditorView> find(@PathParam("id") UUID id) {
        return auditors.find(id);
    }
}
