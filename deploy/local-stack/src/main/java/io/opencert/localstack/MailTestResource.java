package io.opencert.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * For {@code @QuarkusTestResource(MailTestResource.class)}: one real mail server per test JVM on free ports, shared by
 * all test classes (it is stopped when the JVM exits), as the service's SMTP relay; tests read what arrived through
 * {@link #server()}. The service reaches it through a {@link TcpProxy} ({@link #proxy()}), so that a test can take
 * the relay away.
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {
    private static MailServer server;
    private static TcpProxy proxy;

    /** The shared server of this JVM, started on first use. */
    public static synchronized MailServer server() {
        if (server == null) {
            server = MailServer.start(0, 0, 0, Path.of("target", "mail-server.log"));
        }
        return server;
    }

    /** The proxy in front of the server's SMTP port, started on first use. */
    public static synchronized TcpProxy proxy() {
        if (proxy == null) {
            TcpProxy started = TcpProxy.start(server().smtpPort());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "smtp-proxy-closer"));
            proxy = started;
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(proxy().port()));
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; shutdown hooks stop the server and the proxy
    }
}
