package io.opencert.certificate.licence;

import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.certificate.licence.dto.NewLicenceTerms;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/licence-terms")
@Tag(name = "Licences", description = "Certificate issuance and right to use licences; a client user sees only its own")
public class LicenceTermsResource {
    private final LicenceTermsService terms;
    private final CurrentUser user;

    LicenceTermsResource(LicenceTermsService terms, CurrentUser user) {
        this.terms = terms;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "Every version of the licence terms, the first first")
    public Uni<List<LicenceView.Terms>> list() {
        return terms.list();
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Publish a new version of the licence terms",
            description = "Licences granted from effectiveFrom on are granted under it; existing licences keep theirs. "
                    + "Refused (409) unless it takes effect after the latest version (licence-terms-effective-after-latest).")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "409", description = "It would not take effect after the latest version")
    public Uni<LicenceView.Terms> publish(@Valid @NotNull NewLicenceTerms newTerms) {
        return terms.publish(newTerms, user.username());
    }
}
