package io.opencert.commons.relay;

import io.opencert.commons.ratelimit.Expensive;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

@Path("/registrations")
@PermitAll
public class RegistrationResource {
    private final Registrations registrations;

    RegistrationResource(Registrations registrations) {
        this.registrations = registrations;
    }

    @POST
    public Uni<UUID> register(@QueryParam("legalName") String legalName) {
        return registrations.register(legalName);
    }

    /** Stands for a document that costs much to make. */
    @GET
    @Path("document")
    @Expensive
    public String document() {
        return "a costly document";
    }
}
