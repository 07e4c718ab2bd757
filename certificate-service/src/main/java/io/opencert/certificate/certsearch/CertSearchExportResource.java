package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.CertSearchExportPage;
import io.opencert.commons.http.ContentDisposition;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;

@Path("/api/v1/certsearch/export")
@Tag(name = "IAF CertSearch", description = "Publication of certificates in IAF CertSearch, for holders who consent")
public class CertSearchExportResource {
    private final CertSearchExport export;
    private final Clock clock;

    CertSearchExportResource(CertSearchExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Produces({MediaType.APPLICATION_JSON, CertSearchCsv.MEDIA_TYPE})
    @Operation(summary = "Certifications changed since a moment, in IAF CertSearch's fields",
            description = "Only holders who consent to publication. Every certificate issued, revised, renewed or "
                    + "changed in status from changedSince (a date: from its midnight UTC, or an instant) to "
                    + "changedBefore (default now), and every certificate of a holder who consented in that time; a "
                    + "holder who withdrew the consent in that time has its certificates once with status Deleted. "
                    + "JSON is paged (page, size), with the window it covers; CSV (format=csv or Accept: text/csv) is "
                    + "the whole window, one line per certified site, under CertSearch's column names.")
    @APIResponse(responseCode = "200", description = "The certifications, by certificate number", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertSearchExportPage.class)),
            @Content(mediaType = CertSearchCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A moment that is no date or instant, or an unknown format")
    public Uni<RestResponse<Object>> export(
            @Parameter(description = "2026-03-14 or 2026-03-14T10:00:00Z", required = true)
            @QueryParam("changedSince") String changedSince,
            @Parameter(description = "2026-03-15 or 2026-03-15T10:00:00Z; default now")
            @QueryParam("changedBefore") String changedBefore,
            @Parameter(schema = @Schema(enumeration = {"csv", "json"}))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Valid @BeanParam PageRequest page) {
        ExportWindow window = ExportWindow.of(changedSince, changedBefore, clock.instant());
        if (!csv(format, accept)) {
            return export.page(window, page).map(found -> RestResponse.ResponseBuilder.<Object>ok(found,
                    MediaType.APPLICATION_JSON_TYPE).build());
        }
        return export.all(window).map(certifications -> RestResponse.ResponseBuilder
                .<Object>ok(CertSearchCsv.of(certifications), CertSearchCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("certsearch.csv"))
                .build());
    }

    /** The format asked for; without one, CSV when the client accepts CSV. */
    private static boolean csv(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.contains(CertSearchCsv.MEDIA_TYPE);
        }
        return switch (format.strip()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new InvalidInput("format", "must be csv or json");
        };
    }
}
