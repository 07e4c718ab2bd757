package io.opencert.certificate.register;

import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public register: anyone can find certificates by their holder's name, without logging in (verification by number
 * is {@link PublicVerificationRoute}). Answers carry Cache-Control and an ETag; each client address is rate limited
 * ({@link PublicRateLimit}).
 */
@Path("/api/v1/public/certificates")
@Tag(name = "Public register", description = "Certificate verification for anyone; no login")
public class PublicRegisterResource {
    private final CertificateQueries certificates;
    private final int maxAge;

    PublicRegisterResource(CertificateQueries certificates,
                           @ConfigProperty(name = "cb.register.max-age-seconds") int maxAge) {
        this.certificates = certificates;
        this.maxAge = maxAge;
    }

    @GET
    @PermitAll
    @Operation(summary = "Find certificates by the beginning of the holder's name",
            description = "Case does not matter; ordered by holder and number; paged. Public fields only.")
    @APIResponse(responseCode = "200", description = "The matching certificates (possibly none)")
    @APIResponse(responseCode = "400", description = "No holder name of at least 2 characters")
    public Uni<Response> search(@QueryParam("holder") @NotBlank @Size(min = 2, max = 300) String holder,
                                @Valid @BeanParam PageRequest page,
                                @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return certificates.searchByHolder(holder, page)
                .map(found -> new Page<>(found.page(), found.size(), found.total(),
                        found.items().stream().map(PublicCertificate::of).toList()))
                .map(result -> PublicAnswers.cached(result, MediaType.APPLICATION_JSON, result.toString(), ifNoneMatch, maxAge));
    }
}
