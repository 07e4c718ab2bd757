package io.opencert.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Like {@link PostgresTestResource}, but the application reaches the database through a {@link TcpProxy}, so that a
 * test can cut it off or freeze it ({@link #proxy()}). Init arg {@code database} as there.
 */
public class ProxiedPostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static TcpProxy proxy;
    private String database = "test";

    /** The proxy of this JVM, started on first use. */
    public static synchronized TcpProxy proxy() {
        if (proxy == null) {
            TcpProxy started = TcpProxy.start(PostgresTestResource.server().port());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-proxy-closer"));
            proxy = started;
        }
        return proxy;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "test");
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = PostgresTestResource.server();
        pg.createDatabase(database);
        String address = "127.0.0.1:" + proxy().port() + "/" + database;
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + address,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + address,
                "quarkus.datasource.username", pg.username(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        proxy().restore();
    }
}
