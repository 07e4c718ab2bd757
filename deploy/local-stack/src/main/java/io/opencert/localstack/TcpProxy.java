package io.opencert.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, to take the server away from its clients in tests the way an outage
 * does: {@link #cutOff()} closes every connection and refuses new ones (a stopped or failed-over database),
 * {@link #freeze()} keeps the connections but passes no byte (a database that hangs); {@link #restore()} ends either.
 */
public final class TcpProxy implements AutoCloseable {
    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile ServerSocket listener;
    private volatile boolean frozen;
    private volatile boolean closed;

    private TcpProxy(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** Starts a proxy on a free port to {@code targetPort} on 127.0.0.1. */
    public static TcpProxy start(int targetPort) {
        TcpProxy proxy = new TcpProxy(Ports.free(), new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        proxy.listen();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    public synchronized void cutOff() {
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Passes no byte either way, and accepts connections without answering, until {@link #restore()}. */
    public void freeze() {
        frozen = true;
    }

    /** Back to normal after {@link #cutOff()} or {@link #freeze()}. */
    public synchronized void restore() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
        if (listener == null && !closed) {
            listen();
        }
    }

    private synchronized void listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> acceptFrom(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + port, e);
        }
    }

    private void acceptFrom(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket();
                server.connect(target);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException e) {
                // closed by cutOff or close; a client that went away meanwhile is no concern either
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitThaw();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: close the other too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private void awaitThaw() throws InterruptedException {
        synchronized (gate) {
            while (frozen) {
                gate.wait();
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        restore();
        cutOff();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
