package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from the {@code org.keycloak:keycloak-quarkus-dist} zip that Maven downloaded, in dev mode with an in-memory
 * database: the realm ({@code deploy/keycloak/certification-realm.json}) is imported fresh on every start.
 *
 * <p>The zip is unpacked once into {@code ~/.cache/opencert/keycloak-VERSION} (a marker file tells a complete unpack
 * from an interrupted one). Every run gets its own small "home" directory: a copy of {@code bin/kc.sh}, symbolic links
 * to the cached {@code lib}, {@code conf}, {@code providers} and {@code themes}, and its own {@code data/} holding the
 * realm to import ({@code --import-realm} reads {@code <home>/data/import}). So runs never share state. The first
 * start re-augments the Quarkus application in the cache (about 10 s); it is done under a file lock, once.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "certification";
    public static final String API_CLIENT_ID = "cb-api";
    public static final String API_CLIENT_SECRET = "cb-api-secret";
    /** The public client of the apps (auditors' phones, web front ends, Swagger UI): code flow with PKCE. */
    public static final String APP_CLIENT_ID = "cb-app";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final String ZIP_RESOURCE = "/io/opencert/localstack/keycloak.path";
    private static final String REALM_RESOURCE = "/io/opencert/localstack/certification-realm.json";
    private static final ReentrantLock AUGMENT_LOCK = new ReentrantLock();

    private final int port;
    private final int managementPort;
    private final Path runDir;
    private final TempDir temporary; // null when the run directory is the caller's
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChildProcess process;
    private Duration startupTime = Duration.ZERO;

    private KeycloakServer(int port, int managementPort, Path runDir, TempDir temporary, Path logFile) {
        this.port = port;
        this.managementPort = managementPort;
        this.runDir = runDir;
        this.temporary = temporary;
        this.logFile = logFile != null ? logFile.toAbsolutePath() : runDir.resolve("keycloak.log");
    }

    /** Starts Keycloak on {@code port} (0 = free) with the realm packaged in this jar, in a temporary directory. */
    public static KeycloakServer start(int port) {
        return start(port, null, null);
    }

    /**
     * Starts Keycloak and waits until the realm is served.
     *
     * @param port      HTTP port on 127.0.0.1 (0 = free)
     * @param realmFile realm to import, or null for the one packaged with local-stack
     *                  (a copy of deploy/keycloak/certification-realm.json)
     * @param runDir    directory for this run's home (re-created) and {@code keycloak.log}, or null for a
     *                  temporary one deleted on {@link #close()}
     */
    public static KeycloakServer start(int port, Path realmFile, Path runDir) {
        return start(port, realmFile, runDir, null);
    }

    /** As {@link #start(int, Path, Path)}, with Keycloak's log in {@code logFile} (null = runDir/keycloak.log). */
    public static KeycloakServer start(int port, Path realmFile, Path runDir, Path logFile) {
        TempDir temporary = runDir == null ? TempDir.create("keycloak", stale -> { }) : null;
        try {
            Path dir = temporary != null ? temporary.path() : runDir.toAbsolutePath();
            Files.createDirectories(dir);
            KeycloakServer kc = new KeycloakServer(Ports.orFree(port), Ports.free(), dir, temporary, logFile);
            try {
                kc.launch(realmFile);
            } catch (RuntimeException e) {
                kc.close();
                throw e;
            }
            return kc;
        } catch (IOException e) {
            if (temporary != null) {
                temporary.close();
            }
            throw new UncheckedIOException(e);
        }
    }

    private void launch(Path realmFile) throws IOException {
        long t0 = System.nanoTime();
        Ports.requireFree(port, "Keycloak");
        Path dist = distribution();
        Path home = runDir.resolve("home");
        Files2.deleteRecursively(home);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String d : List.of("lib", "conf", "providers", "themes")) {
            Files.createSymbolicLink(home.resolve(d), dist.resolve(d));
        }
        Path realmTarget = home.resolve("data/import/" + REALM + "-realm.json");
        if (realmFile != null) {
            Files.copy(realmFile, realmTarget);
        } else {
            try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(REALM_RESOURCE + " missing: build local-stack with Maven");
                }
                Files.copy(in, realmTarget);
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", Files2.currentJavaHome());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // kc.sh's defaults but with the serial GC and C1 only: measured here, start-up about as fast or faster on
        // 2 busy cores and about 130 MiB less RSS (330 instead of 460 MiB); plenty for a development realm.
        env.put("JAVA_OPTS", String.join(" ", "-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M",
                "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom",
                "-Djdk.tls.rejectClientInitiatedRenegotiation=true"));
        List<String> cmd = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--db=dev-mem");

        boolean augmented = Files.exists(dist.resolve(".augmented"));
        if (augmented) {
            process = ChildProcess.start("keycloak", cmd, env, home, logFile, Duration.ofSeconds(15));
            awaitReady(Duration.ofSeconds(240));
        } else {
            // the first start re-augments lib/quarkus in the shared cache: one at a time, across JVMs too
            AUGMENT_LOCK.lock();
            try (FileChannel ch = FileChannel.open(dist.resolveSibling(dist.getFileName() + ".augment.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                process = ChildProcess.start("keycloak", cmd, env, home, logFile, Duration.ofSeconds(15));
                awaitReady(Duration.ofSeconds(300));
                Files.writeString(dist.resolve(".augmented"), "ok\n");
            } finally {
                AUGMENT_LOCK.unlock();
            }
        }
        startupTime = Duration.ofNanos(System.nanoTime() - t0);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create(issuerUrl() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = process.logTail(60);
                process.stop();
                throw new IllegalStateException("Keycloak exited during start-up; log " + logFile + ":\n" + tail);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            ChildProcess.sleep(500);
        }
        String tail = process.logTail(60);
        process.stop();
        throw new IllegalStateException("Keycloak not ready within " + timeout + "; log " + logFile + ":\n" + tail);
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:PORT/realms/certification}, the value of {@code quarkus.oidc.auth-server-url}. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The admin console (log in with admin/admin). */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin/master/console/#/" + REALM;
    }

    public Path logFile() {
        return logFile;
    }

    public Duration startupTime() {
        return startupTime;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** RSS in KiB of kc.sh and the Keycloak JVM. */
    public long rssKb() {
        return process == null ? 0 : process.rssKb();
    }

    /** An access token of a realm user (password grant through the confidential client cb-api). */
    public String passwordToken(String username, String password) {
        JsonNode r = tokenRequest(REALM, Map.of("grant_type", "password", "client_id", API_CLIENT_ID,
                "client_secret", API_CLIENT_SECRET, "username", username, "password", password, "scope", "openid"));
        return r.get("access_token").asText();
    }

    /**
     * The token response of a login as an app does it: authorization code with PKCE through {@value #APP_CLIENT_ID},
     * the login form filled in; {@code scope} e.g. {@code "openid offline_access"} for an offline token.
     */
    public JsonNode appLogin(String username, String password, String scope) {
        return new AppLogin(issuerUrl()).login(username, password, scope);
    }

    /** An access token of the master realm's admin, for the admin REST API. */
    public String adminToken() {
        JsonNode r = tokenRequest("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN_USERNAME, "password", ADMIN_PASSWORD));
        return r.get("access_token").asText();
    }

    /**
     * Creates a login for a client organisation: a realm user with role {@code client} and attribute
     * {@code client_id} (mapped into the tokens' {@code client_id} claim). Returns the Keycloak user id.
     */
    public String createClientUser(String username, String password, String clientIdAttribute) {
        return createUser(username, password, List.of("client"), Map.of("client_id", clientIdAttribute));
    }

    /** Creates an enabled realm user with a permanent password, the given realm roles and attributes; returns its id. */
    public String createUser(String username, String password, List<String> realmRoles, Map<String, String> attributes) {
        String token = adminToken();
        ObjectNode user = JsonHttp.JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("email", username + "@opencert.example");
        user.put("firstName", username);
        user.put("lastName", "User");
        ObjectNode attrs = user.putObject("attributes");
        attributes.forEach((k, v) -> attrs.putArray(k).add(v));
        ArrayNode creds = user.putArray("credentials");
        creds.addObject().put("type", "password").put("value", password).put("temporary", false);
        HttpResponse<String> created = JsonHttp.send(HttpRequest.newBuilder(adminUri("/users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating user " + username + " failed: " + created.statusCode() + " "
                    + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (!realmRoles.isEmpty()) {
            ArrayNode roles = JsonHttp.JSON.createArrayNode();
            for (String role : realmRoles) {
                HttpResponse<String> r = JsonHttp.send(HttpRequest.newBuilder(adminUri("/roles/" + encode(role)))
                        .header("Authorization", "Bearer " + token).GET().build());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("no realm role " + role + ": " + r.statusCode());
                }
                roles.add(JsonHttp.read(r.body()));
            }
            HttpResponse<String> r = JsonHttp.send(HttpRequest.newBuilder(adminUri("/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(roles.toString())).build());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("assigning roles to " + username + " failed: " + r.statusCode() + " "
                        + r.body());
            }
        }
        return id;
    }

    /** Sets one attribute of a realm user, keeping the others (e.g. the {@code client_id} of a client user). */
    public void setUserAttribute(String username, String attribute, String value) {
        String token = adminToken();
        HttpResponse<String> found = JsonHttp.send(HttpRequest.newBuilder(adminUri("/users?exact=true&username=" + encode(username)))
                .header("Authorization", "Bearer " + token).GET().build());
        JsonNode users = JsonHttp.read(found.body());
        if (found.statusCode() != 200 || users.isEmpty()) {
            throw new IllegalStateException("no realm user " + username + ": " + found.statusCode());
        }
        ObjectNode user = (ObjectNode) users.get(0);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.putArray(attribute).add(value);
        HttpResponse<String> updated = JsonHttp.send(HttpRequest.newBuilder(adminUri("/users/" + user.get("id").asText()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        if (updated.statusCode() / 100 != 2) {
            throw new IllegalStateException("updating user " + username + " failed: " + updated.statusCode() + " "
                    + updated.body());
        }
    }

    /** The JSON payload (claims) of a JWT, without verifying it: for tests and diagnostics. */
    public static JsonNode decodeJwtPayload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        return JsonHttp.read(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop();
            process = null;
        }
        if (temporary != null) {
            temporary.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private URI adminUri(String path) {
        return URI.create(baseUrl() + "/admin/realms/" + REALM + path);
    }

    private JsonNode tokenRequest(String realm, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = JsonHttp.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token request for " + form.get("username") + " in realm " + realm
                    + " failed: " + r.statusCode() + " " + r.body());
        }
        return JsonHttp.read(r.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The unpacked distribution in the cache, unpacking it first if needed. */
    static Path distribution() throws IOException {
        Path zip = distributionZip();
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "")
                .replace("keycloak-quarkus-dist-", "keycloak-");
        Path cacheRoot = Path.of(System.getProperty("opencert.cache",
                Path.of(System.getProperty("user.home"), ".cache", "opencert").toString()));
        Files.createDirectories(cacheRoot);
        Path dist = cacheRoot.resolve(name);
        Path marker = dist.resolve(".unpacked");
        if (Files.exists(marker)) {
            return dist;
        }
        AUGMENT_LOCK.lock();
        try (FileChannel ch = FileChannel.open(cacheRoot.resolve(name + ".unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (Files.exists(marker)) {
                return dist;
            }
            Files2.deleteRecursively(dist); // a half-unpacked directory from an interrupted run
            Path tmp = cacheRoot.resolve(name + ".tmp-" + UUID.randomUUID());
            unzip(zip, tmp);
            Files.move(tmp, dist, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(marker, zip + "\n");
            return dist;
        } finally {
            AUGMENT_LOCK.unlock();
        }
    }

    private static Path distributionZip() throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(ZIP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ZIP_RESOURCE + " missing: build local-stack with Maven");
            }
            Path zip = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("Keycloak distribution " + zip + " not found: build local-stack "
                        + "with Maven (it downloads org.keycloak:keycloak-quarkus-dist)");
            }
            return zip;
        }
    }

    /** Unzips, dropping the top-level directory of the archive and making bin/*.sh executable. */
    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                String name = e.getName();
                int slash = name.indexOf('/');
                String rel = slash < 0 ? "" : name.substring(slash + 1);
                if (rel.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(rel).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("bad zip entry " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zf.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (rel.endsWith(".sh")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }
}
