package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.ComplaintStatus;
import io.opencert.certificate.complaint.dto.FiledComplaint;
import io.opencert.certificate.complaint.dto.NewComplaint;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * Anyone files a complaint without logging in, and follows it by the token it got back; rate limited per address with
 * the rest of the public register.
 */
@Path("/api/v1/public/complaints")
@Tag(name = "Public complaints", description = "Complaints about certified clients or the body, by anyone; no login")
public class PublicComplaintResource {
    private final ComplaintService complaints;

    PublicComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @POST
    @PermitAll
    @Operation(summary = "File a complaint about a certified client (by its certificate number) or about the body",
            description = "Kept exactly as sent. 400 for a missing or too long field, an invalid e-mail address, a "
                    + "complaint about a certified client without a certificate number of the register, or about "
                    + "the body with one.")
    @APIResponse(responseCode = "201", description = "Received: the reference, and the token to follow its status")
    public Uni<RestResponse<FiledComplaint>> file(@Valid @NotNull NewComplaint complaint) {
        return complaints.file(complaint, null).map(FiledComplaint::of).map(filed -> RestResponse.ResponseBuilder
                .<FiledComplaint>created(URI.create("/api/v1/public/complaints/" + filed.trackingToken()))
                .entity(filed).build());
    }

    @GET
    @Path("{token}")
    @PermitAll
    @Operation(summary = "Where the complaint stands, and its outcome once decided",
            description = "By the tracking token given when it was filed; 404 for any other.")
    public Uni<ComplaintStatus> track(@PathParam("token") @Size(max = 100) String token) {
        return complaints.track(token);
    }
}
