package io.opencert.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole platform locally without Docker (started by {@code deploy/run-local.sh}).
 *
 * <pre>
 * Options:
 *   --infra-only        PostgreSQL, Kafka and Keycloak only
 *   --services=a,b      only these services (module names)
 *   --reset             delete the persistent PostgreSQL and Kafka data in .local-stack first
 * System property opencert.root: the repository root (default: the current directory or its nearest parent
 * that holds deploy/keycloak/certification-realm.json).
 * </pre>
 */
public final class LocalPlatform {

    /** Demo users of the realm (password = username). */
    public record DemoUser(String username, String roles, String note) {
    }

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "cb-admin", "certification body administrator"),
            new DemoUser("staff", "cb-staff", "office: clients, quotations, contracts, scheduling"),
            new DemoUser("auditor1", "auditor, decision-maker", "lead auditor; may not decide on own audits"),
            new DemoUser("auditor2", "auditor", ""),
            new DemoUser("decider", "decision-maker", "certification decisions"),
            new DemoUser("client-a", "client", "Alpha Managed Services GmbH, sees only its organisation"),
            new DemoUser("client-b", "client", "Beta Cloud Operations B.V., sees only its organisation"));

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        List<String> argList = Arrays.asList(args);
        Path root = repoRoot();
        Platform.Options options = Platform.Options.local(root);
        for (String a : argList) {
            if (a.equals("--infra-only")) {
                options.infrastructureOnly();
            } else if (a.startsWith("--services=")) {
                options.services(a.substring("--services=".length()).split(","));
            } else if (a.equals("--reset")) {
                Files2.deleteRecursively(root.resolve(".local-stack/postgres"));
                Files2.deleteRecursively(root.resolve(".local-stack/kafka"));
            } else if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: LocalPlatform [--infra-only] [--services=client-service,...] [--reset]");
                return;
            } else {
                System.err.println("unknown argument " + a + " (try --help)");
                System.exit(2);
            }
        }
        long t0 = System.nanoTime();
        System.out.println("OpenCert local platform, repository " + root);
        Platform platform;
        try {
            platform = Platform.start(options);
        } catch (RuntimeException | Error e) {
            System.err.println("\nStart-up failed: " + e);
            System.err.println("Logs: " + root.resolve(".local-stack/logs"));
            System.exit(1);
            return;
        }
        Duration total = Duration.ofNanos(System.nanoTime() - t0);
        printSummary(platform, total);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local platform ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-platform-stop"));
        stopped.await();
    }

    static void printSummary(Platform p, Duration total) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%nOpenCert is up (%.1f s).%n%n", total.toMillis() / 1000.0));
        sb.append("Start-up time and memory (RSS):\n");
        Map<String, Long> rss = p.rssMb();
        p.startupTimes().forEach((name, d) -> sb.append(String.format("  %-20s %6.1f s %s%n", name,
                d.toMillis() / 1000.0, rss.containsKey(name) ? String.format("%6d MiB", rss.get(name)) : "")));
        if (!p.services().isEmpty()) {
            sb.append("\nServices (API; Swagger UI, health and metrics on the management interface):\n");
            for (ServiceProcess s : p.services()) {
                sb.append(String.format("  %-20s %s   %s/q/swagger-ui%n", s.name(), s.baseUrl(), s.managementUrl()));
            }
        }
        String certBase = p.services().stream().filter(s -> s.name().equals("certificate-service")).findFirst()
                .map(ServiceProcess::baseUrl).orElse("http://127.0.0.1:" + Platform.DEFAULT_SERVICE_PORTS.get("certificate-service"));
        sb.append("\nPublic certificate verification: ").append(certBase).append("/api/v1/public/certificates/{number}\n");
        KeycloakServer kc = p.keycloak();
        sb.append("Keycloak admin console:          ").append(kc.adminConsoleUrl()).append("  (admin / admin)\n");
        sb.append("OIDC issuer:                     ").append(kc.issuerUrl()).append('\n');
        sb.append("PostgreSQL:                      ").append(p.postgres().jdbcUrl("<client|scheduling|audit|certificate|notification>"))
                .append("  (postgres / postgres)\n");
        sb.append("Kafka:                           ").append(p.kafka().bootstrapServers()).append('\n');
        MailServer mail = p.mail();
        sb.append("Mail (nothing leaves):           SMTP 127.0.0.1:").append(mail.smtpPort()).append(", IMAP 127.0.0.1:")
                .append(mail.imapPort()).append(" (login and password = the address)\n");
        sb.append("A mailbox:                       ").append(mail.apiUrl())
                .append("/api/user/<address>/messages/INBOX/\n");
        sb.append("\nDemo logins (realm ").append(KeycloakServer.REALM).append(", password = user name):\n");
        sb.append(String.format("  %-10s %-24s %-38s %s%n", "user", "realm roles", "client_id claim", ""));
        for (DemoUser u : DEMO_USERS) {
            sb.append(String.format("  %-10s %-24s %-38s %s%n", u.username(), u.roles(),
                    p.demoOrganisations().getOrDefault(u.username(), ""), u.note()));
        }
        sb.append("\nAn access token, e.g. for staff:\n  curl -s -d grant_type=password -d client_id=")
                .append(KeycloakServer.API_CLIENT_ID).append(" -d client_secret=").append(KeycloakServer.API_CLIENT_SECRET)
                .append(" -d username=staff -d password=staff ").append(kc.issuerUrl())
                .append("/protocol/openid-connect/token\n");
        sb.append("\nLogs: ").append(p.logDirectory()).append("\nPress Ctrl-C to stop everything.\n");
        System.out.print(sb);
        System.out.flush();
    }

    /** System property opencert.root, else the nearest directory upwards from the current one holding the realm. */
    static Path repoRoot() {
        String prop = System.getProperty("opencert.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        List<Path> tried = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            tried.add(d);
            if (Files.exists(d.resolve("deploy/keycloak/certification-realm.json"))) {
                return d;
            }
        }
        return dir;
    }
}
