package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mail server (GreenMail, from its self-contained jar on Maven Central) in its own JVM: SMTP for the mail the
 * platform sends, IMAP and an HTTP API to read it. It delivers nothing onwards: each message stays in its recipient's
 * mailbox, which the first message to that address creates. Anyone may log in to IMAP as an address, with the address
 * as the password, so that staff can read a local run's mail in any mail client.
 */
public final class MailServer implements AutoCloseable {
    private static final String JAR_RESOURCE = "/io/opencert/localstack/greenmail.path";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private final ChildProcess process;

    private MailServer(int smtpPort, int imapPort, int apiPort, ChildProcess process) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
        this.process = process;
    }

    /** Starts the server (0 = a free port) and waits until it accepts mail and answers its API. */
    public static MailServer start(int smtpPort, int imapPort, int apiPort, Path logFile) {
        int smtp = Ports.orFree(smtpPort);
        int imap = Ports.orFree(imapPort);
        int api = Ports.orFree(apiPort);
        Ports.requireFree(smtp, "SMTP");
        Ports.requireFree(imap, "IMAP");
        Ports.requireFree(api, "the mail server's API");
        ChildProcess process = ChildProcess.start("mail", List.of(Files2.currentJava(),
                "-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.auth.disabled",
                "-Dgreenmail.smtp.port=" + smtp, "-Dgreenmail.imap.port=" + imap,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + api,
                "-jar", jar().toString()), Map.of(), null, logFile, Duration.ofSeconds(5));
        MailServer server = new MailServer(smtp, imap, api, process);
        server.awaitReady();
        return server;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** The HTTP API, e.g. {@code GET <api>/api/user/<address>/messages/INBOX/}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    public long pid() {
        return process.pid();
    }

    /** The messages delivered to {@code address}, oldest first; none when nothing was ever sent to it. */
    public List<Mail> inbox(String address) {
        HttpResponse<String> response = JsonHttp.send(HttpRequest.newBuilder(URI.create(apiUrl() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX/")).GET().build());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // no mailbox: the first message to an address creates it
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("mail server answered " + response.statusCode() + ": " + response.body());
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode message : JsonHttp.read(response.body())) {
            mails.add(new Mail(message.path("subject").asText(), message.path("mimeMessage").asText()));
        }
        return mails;
    }

    /** Forgets every message of every mailbox. */
    public void purge() {
        HttpResponse<String> response = JsonHttp.send(HttpRequest.newBuilder(URI.create(apiUrl() + "/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("mail server answered " + response.statusCode() + ": " + response.body());
        }
    }

    public void stop() {
        process.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the mail server exited during start-up; log " + process.logFile()
                        + ":\n" + process.logTail(30));
            }
            if (System.nanoTime() > deadline) {
                String tail = process.logTail(30);
                process.stop();
                throw new IllegalStateException("the mail server was not ready in " + STARTUP.toSeconds() + " s; log "
                        + process.logFile() + ":\n" + tail);
            }
            ChildProcess.sleep(100);
        }
    }

    private boolean ready() {
        if (!Ports.isListening(smtpPort) || !Ports.isListening(apiPort)) {
            return false;
        }
        try {
            return JsonHttp.send(HttpRequest.newBuilder(URI.create(apiUrl() + "/api/service/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build()).statusCode() == 200;
        } catch (UncheckedIOException notYet) {
            return false;
        }
    }

    private static Path jar() {
        try (InputStream in = MailServer.class.getResourceAsStream(JAR_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(JAR_RESOURCE + " missing: build local-stack with Maven");
            }
            Path jar = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("mail server " + jar + " not found: build local-stack with Maven (it "
                        + "downloads com.icegreen:greenmail-standalone)");
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delivered message: its decoded subject and the whole message as it arrived (RFC 5322, MIME). */
    public record Mail(String subject, String mime) {
    }
}
