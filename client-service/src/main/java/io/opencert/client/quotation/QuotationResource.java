package io.opencert.client.quotation;

import io.opencert.client.quotation.dto.AcceptanceView;
import io.opencert.client.quotation.dto.QuotationRequest;
import io.opencert.client.quotation.dto.QuotationSummary;
import io.opencert.client.quotation.dto.QuotationView;
import io.opencert.client.quotation.pdf.QuotationPdf;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.pdf.PdfRendering;
import io.opencert.commons.ratelimit.Expensive;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    private final PdfRendering rendering;
    private final QuotationPdf pdf = new QuotationPdf();

    QuotationResource(QuotationService quotations, PdfRendering rendering) {
        this.quotations = quotations;
        this.rendering = rendering;
    }

    @POST
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Calculate a quotation for a client's certification cycle from its reviewed questionnaire "
            + "(or its record) with the audit time table and tariff in force; a new revision supersedes the client's "
            + "open quotations; issued at once (QuotationIssued) unless draft is true. A questionnaire with a transfer "
            + "quotes the rest of the transferred cycle (no stage 1 or stage 2); cloudExtension (OWN_AUDIT or "
            + "WITH_SURVEILLANCE) quotes only the ISO/IEC TR 20000-9 audit of a certified client. "
            + "409 questionnaire-not-reviewed, cloud-extension-needs-tr-20000-9, cloud-extension-with-transfer, "
            + "already-certified (a whole cycle for a client holding a live, or still restorable, certificate of one "
            + "of its standards here) and the audit time rules (e.g. audit-time-reduction-cap)")
    public Uni<RestResponse<QuotationView>> create(@Valid @NotNull QuotationRequest request, @Context UriInfo uri) {
        return quotations.create(request).map(quotation -> RestResponse.ResponseBuilder
                .<QuotationView>created(uri.getAbsolutePathBuilder().path(quotation.id().toString()).build())
                .entity(quotation)
                .build());
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Issue a draft quotation to the client: valid from today for its valid days; "
            + "announces QuotationIssued (409 quotation-not-draft, already-certified)")
    public Uni<QuotationView> issue(@PathParam("id") UUID id) {
        return quotations.issue(id);
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A client's quotations, newest revision first; a client user only their own organisation's")
    public Uni<Page<QuotationSummary>> list(@QueryParam("clientId") @NotNull UUID clientId,
                                            @Valid @BeanParam PageRequest page) {
        return quotations.list(clientId, page);
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
    @Expensive
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A quotation as PDF: the cycle's audits with days and prices, the totals; "
            + "a client user gets only their own organisation's quotations; 503 document-took-too-long when it is "
            + "not printed within the time limit")
    public Uni<RestResponse<byte[]>> pdf(@PathParam("id") UUID id) {
        return quotations.document(id)
                .flatMap(document -> rendering.render(() -> pdf.render(document)))
                .map(printed -> RestResponse.ResponseBuilder.ok(printed, QuotationPdf.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"quotation-" + id + ".pdf\"")
                        .build());
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF})
    @Operation(summary = "Accept a quotation (its client's user, or staff on the client's behalf): signs the contract; "
            + "409 quotation-not-issued, quotation-expired, quotation-superseded, certification-body-consulted-client, "
            + "already-certified")
    public Uni<AcceptanceView> accept(@PathParam("id") UUID id) {
        return quotations.accept(id);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF})
    @Operation(summary = "Decline an issued quotation (its client's user, or staff on the client's behalf); "
            + "409 quotation-not-issued, quotation-expired, quotation-superseded")
    public Uni<QuotationView> reject(@PathParam("id") UUID id) {
        return quotations.reject(id);
    }
}
