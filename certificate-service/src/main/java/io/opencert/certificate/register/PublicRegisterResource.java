package io.opencert.certificate.register;

import io.opencert.certificate.certificate.CertificateService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register: anyone can verify a certificate by its number, without logging in. */
@Path("/api/v1/public/certificates")
@Tag(name = "Public register", description = "Certificate verification for anyone; no login")
public class PublicRegisterResource {
    private final CertificateService certificates;

    PublicRegisterResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(summary = "Verify a certificate by its number", description = "Public fields only: holder, standard, scope, status, dates, sites.")
    @APIResponse(responseCode = "200", description = "The certificate is in the register")
    @APIResponse(responseCode = "404", description = "No certificate with this number")
    public Uni<PublicCertificate> verify(@PathParam("number") String number) {
        return certificates.findByNumber(number).map(PublicCertificate::of);
    }
}
