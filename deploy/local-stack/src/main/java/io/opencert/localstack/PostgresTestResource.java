package io.opencert.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * For {@code @QuarkusTestResource(PostgresTestResource.class)} (optionally
 * {@code initArgs = @ResourceArg(name = "database", value = "client")}): one real PostgreSQL per test JVM on a free
 * port, shared by all test classes (it is stopped when the JVM exits), and the named database (default "test"),
 * created if missing.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;
    private String database = "test";

    /** The shared server of this JVM, started on first use. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start(0);
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "test");
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = server();
        pg.createDatabase(database);
        return Map.of(
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", pg.username(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; its shutdown hook stops it
    }
}
