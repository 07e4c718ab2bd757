package io.opencert.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void temporaryServerCreatesDatabasesIdempotentlyAndAnswersQueries() throws Exception {
        Path data;
        long pid;
        try (PostgresServer pg = PostgresServer.start(0)) {
            data = pg.dataDirectory();
            pid = pg.pid();
            assertTrue(pid > 0);
            assertTrue(pg.rssKb() > 0);
            assertEquals("postgresql://127.0.0.1:" + pg.port() + "/client", pg.reactiveUrl("client"));
            assertEquals("jdbc:postgresql://127.0.0.1:" + pg.port() + "/client", pg.jdbcUrl("client"));
            pg.createDatabase("client");
            pg.createDatabase("client"); // idempotent
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("client"), "postgres", "postgres");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int primary key, name text)");
                s.execute("INSERT INTO t VALUES (1, 'one')");
                try (ResultSet rs = s.executeQuery("SELECT name, current_database(), current_user FROM t WHERE id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("one", rs.getString(1));
                    assertEquals("client", rs.getString(2));
                    assertEquals("postgres", rs.getString(3));
                }
                try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                    assertTrue(rs.next());
                    assertTrue(rs.getString(1).startsWith("16."), rs.getString(1));
                }
            }
        }
        assertFalse(Files.exists(data), "temporary data directory removed");
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "postmaster stopped");
    }

    @Test
    void persistentDataSurvivesARestartAndAStalePostmasterIsReaped() throws Exception {
        Path data = dir.resolve("pgdata");
        int port;
        try (PostgresServer pg = PostgresServer.start(0, data, dir)) {
            port = pg.port();
            pg.createDatabase("audit");
            try (Connection c = pg.connect("audit"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }
            // a postmaster left running on this directory (as after a crash) is stopped by reaping
            long pid = pg.pid();
            PostgresServer.reapStalePostmaster(data);
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stale postmaster reaped");
        }
        try (PostgresServer pg = PostgresServer.start(port, data, dir);
             Connection c = pg.connect("audit"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")), "persistent data directory kept");
        assertTrue(Files.size(dir.resolve("postgres.log")) > 0, "server log written to the log directory");
    }

    @Test
    void aStoppedServerRefusesAndComesBackWithItsDataAndAFrozenOneAnswersOnlyOnceThawed() throws Exception {
        try (PostgresServer pg = PostgresServer.start(0, dir.resolve("pgdata"), dir)) {
            int port = pg.port();
            pg.createDatabase("audit");
            try (Connection c = pg.connect("audit"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }

            pg.stop();
            assertFalse(pg.isRunning());
            assertFalse(Ports.isListening(port), "port closed while stopped");
            pg.start();
            assertEquals(port, pg.port());
            try (Connection c = pg.connect("audit"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertTrue(rs.next());
                assertEquals("still here", rs.getString(1));
            }

            try (Connection c = pg.connect("audit"); Statement s = c.createStatement()) {
                pg.freeze();
                var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
                        rs.next();
                        return rs.getInt(1);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(1_000);
                assertFalse(answer.isDone(), "a frozen server answers nothing");
                pg.thaw();
                assertEquals(1, answer.get(10, TimeUnit.SECONDS));
            }
        }
    }
}
