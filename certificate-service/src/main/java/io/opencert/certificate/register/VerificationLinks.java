package io.opencert.certificate.register;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the public verifies a certificate: the HTML page the QR code on the certificate opens. */
@ApplicationScoped
public class VerificationLinks {
    /** The path of a certificate's verification page, below the public base URL. */
    public static final String PAGE_PATH = "/register/certificates/";

    private final String baseUrl;

    VerificationLinks(@ConfigProperty(name = "cb.register.public-base-url") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String pageOf(String number) {
        return baseUrl + PAGE_PATH + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
