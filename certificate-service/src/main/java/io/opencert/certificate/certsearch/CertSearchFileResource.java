package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.DailyFile;
import io.opencert.certificate.certsearch.dto.DailyFileRun;
import io.opencert.commons.http.ContentDisposition;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/certsearch/files")
@Tag(name = "IAF CertSearch", description = "Publication of certificates in IAF CertSearch, for holders who consent")
public class CertSearchFileResource {
    private final CertSearchDailyFile files;

    CertSearchFileResource(CertSearchDailyFile files) {
        this.files = files;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "The daily CertSearch files written, the newest first")
    public List<DailyFile> list() {
        return files.list();
    }

    @GET
    @Path("{date}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Produces(CertSearchCsv.MEDIA_TYPE)
    @Operation(summary = "The CertSearch file of a day: the changes of that day (UTC) as CSV")
    @APIResponse(responseCode = "200", description = "The file as written", content = @Content(
            mediaType = CertSearchCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a date")
    @APIResponse(responseCode = "404", description = "No file written for that day")
    public RestResponse<byte[]> download(@PathParam("date") String date) {
        LocalDate day = ExportWindow.date("date", date);
        return RestResponse.ResponseBuilder.ok(files.read(day), CertSearchCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(CertSearchDailyFile.name(day)))
                .build();
    }

    @POST
    @Path("{date}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Write the CertSearch file of a day that is over, now",
            description = "Same work as the daily job, for any day before today (UTC). A file written before stays "
                    + "as it is (written false): a delivered file never changes.")
    @APIResponse(responseCode = "400", description = "Not a date, or a day that is not over")
    public Uni<DailyFileRun> write(@PathParam("date") String date) {
        return files.write(ExportWindow.date("date", date));
    }
}
