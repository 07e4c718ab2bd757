package io.opencert.certificate.register;

import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.commons.paging.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The verification pages for people: server-rendered HTML that works on a phone and without JavaScript. The QR code on
 * a certificate opens {@code /register/certificates/{number}}; {@code /register?holder=...} finds certificates by name.
 */
@Path("/register")
@Tag(name = "Public register", description = "Certificate verification for anyone; no login")
public class VerificationPageResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(VerificationPage page);

        static native TemplateInstance notFound(String number);

        static native TemplateInstance search(String holder, boolean searched, List<VerificationPage> results,
                                              long total, String previousLink, String nextLink);
    }

    private final PublicRegister register;
    private final CertificateQueries certificates;
    private final int maxAge;

    VerificationPageResource(PublicRegister register, CertificateQueries certificates,
                             @ConfigProperty(name = "cb.register.max-age-seconds") int maxAge) {
        this.register = register;
        this.certificates = certificates;
        this.maxAge = maxAge;
    }

    @GET
    @Path("certificates/{number}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The verification page of a certificate (HTML), the page its QR code opens")
    public Uni<Response> certificate(@PathParam("number") String number,
                                     @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return UniHelper.toUni(register.byNumber(number))
                .map(found -> found.map(VerificationPage::of)
                        .map(page -> PublicAnswers.cached(Templates.certificate(page).render(), HTML, page.toString(), ifNoneMatch, maxAge))
                        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                                .type(HTML).entity(Templates.notFound(number).render()).build()));
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Find certificates by the beginning of the holder's name (HTML)")
    public Uni<Response> search(@QueryParam("holder") @DefaultValue("") String holder,
                                @QueryParam("page") @DefaultValue("0")
                                @Pattern(regexp = PageRequest.PAGE_PATTERN, message = PageRequest.PAGE_MESSAGE) String page,
                                @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String name = holder.strip();
        int pageNumber = Integer.parseInt(page);
        if (name.length() < 2) {
            return Uni.createFrom().item(render(name, List.of(), 0, pageNumber, ifNoneMatch));
        }
        return certificates.searchByHolder(name.length() > 300 ? name.substring(0, 300) : name,
                        PageRequest.of(pageNumber, PAGE_SIZE))
                .map(found -> render(name, found.items().stream()
                        .map(item -> VerificationPage.of(PublicCertificate.of(item))).toList(), found.total(),
                        pageNumber, ifNoneMatch));
    }

    private Response render(String holder, List<VerificationPage> results, long total, int page, String ifNoneMatch) {
        String previous = page > 0 ? link(holder, page - 1) : null;
        String next = (long) (page + 1) * PAGE_SIZE < total ? link(holder, page + 1) : null;
        String html = Templates.search(holder, holder.length() >= 2, results, total, previous, next).render();
        return PublicAnswers.cached(html, HTML, html, ifNoneMatch, maxAge);
    }

    private static String link(String holder, int page) {
        return "/register?holder=" + URLEncoder.encode(holder, StandardCharsets.UTF_8) + "&page=" + page;
    }
}
