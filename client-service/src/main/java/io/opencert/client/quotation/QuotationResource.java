package io.opencert.client.quotation;

import io.opencert.client.quotation.dto.AcceptanceView;
import io.opencert.client.quotation.dto.QuotationRequest;
import io.opencert.client.quotation.dto.QuotationView;
import io.opencert.client.quotation.pdf.QuotationPdf;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/quotations")
@Tag(name = "Quotations", description = "Audit time and price of a certification cycle, and their acceptance")
public class QuotationResource {
    private final QuotationService quotations;
    private final QuotationPdf pdf = new QuotationPdf();

    QuotationResource(QuotationService quotations) {
        this.quotations = quotations;
    }

    @POST
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Issue a quotation for a client's certification cycle from its persons and the tariff")
    public Uni<RestResponse<QuotationView>> issue(@Valid @NotNull QuotationRequest request, @Context UriInfo uri) {
        return quotations.issue(request).map(quotation -> RestResponse.ResponseBuilder
                .<QuotationView>created(uri.getAbsolutePathBuilder().path(quotation.id().toString()).build())
                .entity(quotation)
                .build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A quotation; a client user sees only their own organisation's quotations")
    public Uni<QuotationView> get(@PathParam("id") UUID id) {
        return quotations.get(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces(QuotationPdf.MEDIA_TYPE)
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A quotation as PDF: the cycle's audits with days and prices, the totals; "
            + "a client user gets only their own organisation's quotations")
    public Uni<RestResponse<byte[]>> pdf(@PathParam("id") UUID id) {
        return quotations.document(id)
                // laying out the PDF is CPU work: off the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(document -> RestResponse.ResponseBuilder.ok(pdf.render(document), QuotationPdf.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"quotation-" + id + ".pdf\"")
                        .build());
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF})
    @Operation(summary = "Accept a quotation (its client's user, or staff on the client's behalf): signs the contract; "
            + "409 quotation-not-issued or quotation-expired")
    public Uni<AcceptanceView> accept(@PathParam("id") UUID id) {
        return quotations.accept(id);
    }
}
