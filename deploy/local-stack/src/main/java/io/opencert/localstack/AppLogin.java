package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A login as an app does it (RFC 7636, RFC 8252): it asks for a code with a challenge, the user fills in Keycloak's
 * login form, and the app trades the code and its verifier for the tokens; no client secret anywhere.
 */
final class AppLogin {
    static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String issuer;

    AppLogin(String issuer) {
        this.issuer = issuer;
    }

    JsonNode login(String username, String password, String scope) {
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        HttpResponse<String> authorization = JsonHttp.send(HttpRequest.newBuilder(URI.create(issuer
                + "/protocol/openid-connect/auth?" + form(Map.of("client_id", KeycloakServer.APP_CLIENT_ID,
                "response_type", "code", "redirect_uri", REDIRECT_URI, "scope", scope, "state", random(),
                "code_challenge", challenge, "code_challenge_method", "S256")))).GET().build());
        String loginPage = authorization.body();
        // the login session's cookies, sent back as a browser would (they are marked Secure, which plain HTTP on the
        // loopback address does not stop a browser from sending, but does stop java.net's cookie store)
        String cookies = authorization.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
        Matcher action = FORM_ACTION.matcher(loginPage);
        if (!action.find()) {
            throw new IllegalStateException("no login form: " + loginPage.substring(0, Math.min(500, loginPage.length())));
        }
        HttpResponse<String> signedIn = JsonHttp.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password))))
                .build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (signedIn.statusCode() != 302 || !location.startsWith(REDIRECT_URI) || !code.find()) {
            throw new IllegalStateException("login of " + username + " failed: " + signedIn.statusCode() + " " + location
                    + " " + signedIn.body().replaceAll("(?s)^.*?<body", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }
        HttpResponse<String> tokens = JsonHttp.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "client_id", KeycloakServer.APP_CLIENT_ID, "code", code.group(1), "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier)))).build());
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("code exchange failed: " + tokens.statusCode() + " " + tokens.body());
        }
        return JsonHttp.read(tokens.body());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
