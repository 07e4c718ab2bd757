package io.opencert.certificate.bench;

import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.KeycloakServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The platform certificate-service runs on in the benchmark ({@code certificate-service/bench/run.sh}): PostgreSQL
 * (the local stack's embedded server, with shared buffers sized for the register as its production database would
 * be), Kafka and Keycloak from Maven Central artifacts, the service's schema by its own Flyway migrations, and a register of
 * {@code --certificates} certificates loaded with set-based SQL as years of daily runs would have left it. When all is
 * ready it writes {@code <dir>/platform.env} (addresses, load time) and {@code <dir>/numbers.txt} (certificate numbers
 * to verify), then runs until it is stopped; stopping it stops the servers and deletes their data.
 *
 * <p>Usage: {@code BenchmarkPlatform --certificates 1000000 --dir certificate-service/target/bench}
 */
public final class BenchmarkPlatform {
    private static final String DATABASE = "certificate";
    private static final int NUMBERS_TO_VERIFY = 200_000;
    private static final String USER = "postgres";
    private static final String SHARED_BUFFERS = System.getProperty("bench.shared-buffers", "2GB");

    public static void main(String[] args) throws Exception {
        int certificates = Integer.parseInt(option(args, "--certificates", "1000000"));
        Path dir = Path.of(option(args, "--dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("platform.env"));

        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(0));
        try (EmbeddedPostgres postgres = postgres(dir); KafkaBroker kafka = KafkaBroker.start(0)) {
            kafka.createTopics("cb.audit-events", "cb.scheduling-events", "cb.client-events", "cb.certificate-events");
            try (Connection server = DriverManager.getConnection(jdbcUrl(postgres, "postgres"), USER, USER);
                 Statement sql = server.createStatement()) {
                sql.execute("CREATE DATABASE " + DATABASE);
            }
            Flyway.configure()
                    .dataSource(jdbcUrl(postgres, DATABASE), USER, USER)
                    .locations("classpath:db/commons", "classpath:db/migration")
                    .load().migrate();

            long started = System.nanoTime();
            try (Connection db = DriverManager.getConnection(jdbcUrl(postgres, DATABASE), USER, USER)) {
                RegisterLoad.load(db, certificates);
                writeNumbers(db, dir.resolve("numbers.txt"));
            }
            Duration load = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("loaded %,d certificates in %.1f s%n", certificates, load.toMillis() / 1000.0);

            try (KeycloakServer tokens = keycloak.join()) {
                writeEnv(dir, List.of(
                        "PG_PORT=" + postgres.getPort(),
                        "KAFKA_BOOTSTRAP=" + kafka.bootstrapServers(),
                        "KEYCLOAK_URL=" + tokens.baseUrl(),
                        "CERTIFICATES=" + certificates,
                        "LOAD_SECONDS=" + String.format("%.1f", load.toMillis() / 1000.0)));
                System.out.println("platform ready: " + dir.resolve("platform.env"));
                Thread.currentThread().join(); // until stopped; the servers' shutdown hooks stop them
            }
        } finally {
            keycloak.thenAccept(KeycloakServer::close);
        }
    }

    /** Throw-away data (no fsync), and shared buffers that hold the register's pages (-Dbench.shared-buffers, 2GB). */
    private static EmbeddedPostgres postgres(Path dir) throws IOException {
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile());
        return EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", SHARED_BUFFERS)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
    }

    private static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    /** A random sample of the register's numbers, one a line, for the load generator to pick from. */
    private static void writeNumbers(Connection db, Path file) throws SQLException, IOException {
        List<String> numbers = new ArrayList<>(NUMBERS_TO_VERIFY);
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT number FROM certificate ORDER BY random() LIMIT "
                     + NUMBERS_TO_VERIFY)) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        Files.write(file, numbers);
    }

    /** Written whole, then moved into place, so that the script never reads half of it. */
    private static void writeEnv(Path dir, List<String> lines) {
        try {
            Path partial = dir.resolve("platform.env.partial");
            Files.write(partial, lines);
            Files.move(partial, dir.resolve("platform.env"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private BenchmarkPlatform() {
    }
}
