package io.opencert.localstack;

import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a packaged Quarkus service in {@link ServiceProcessTest}: health endpoint on the management port and env echo. */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        long readyAt = System.currentTimeMillis() + Long.parseLong(System.getenv().getOrDefault("READY_DELAY_MS", "0"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int managementPort = Integer.parseInt(System.getenv("QUARKUS_MANAGEMENT_PORT"));
        HttpServer management = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                managementPort), 0);
        management.createContext("/q/health/ready", ex -> {
            int status = System.currentTimeMillis() >= readyAt ? 200 : 503;
            byte[] body = ("{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/env/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/env/".length());
            byte[] body = String.valueOf(System.getenv(name)).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        management.start();
        System.out.println("fake service listening on " + port);
    }
}
