package io.opencert.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local stack's mail server: it takes mail over SMTP and shows it through its API and over IMAP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailServerTest {
    private MailServer mail;

    @BeforeAll
    void start(@TempDir Path logs) {
        mail = MailServer.start(0, 0, 0, logs.resolve("mail.log"));
    }

    @AfterAll
    void stop() {
        mail.close();
    }

    @BeforeEach
    void emptyMailboxes() {
        mail.purge();
    }

    @Test
    void aMessageSentOverSmtpIsInItsRecipientsMailboxOnly() throws IOException {
        send("certification@opencert.test", List.of("anna@client.test", "ben@client.test"), "Audit booked: stage 2",
                "Your stage 2 audit is on 2027-03-01.");

        for (String recipient : List.of("anna@client.test", "ben@client.test")) {
            List<MailServer.Mail> inbox = mail.inbox(recipient);
            assertEquals(1, inbox.size(), recipient);
            assertEquals("Audit booked: stage 2", inbox.getFirst().subject());
            assertTrue(inbox.getFirst().mime().contains("Your stage 2 audit is on 2027-03-01."), inbox.getFirst().mime());
        }
        assertEquals(List.of(), mail.inbox("nobody@client.test"));
    }

    @Test
    void staffReadTheMailOverImapWithTheAddressAsLoginAndPassword() throws IOException {
        send("certification@opencert.test", List.of("carla@client.test"), "Certificate issued", "Number OC-1.");
        send("certification@opencert.test", List.of("carla@client.test"), "Certificate suspended", "Number OC-1.");

        List<String> answer = imap("a1 LOGIN carla@client.test carla@client.test", "a2 SELECT INBOX", "a3 LOGOUT");
        assertTrue(answer.stream().anyMatch(line -> line.startsWith("a1 OK")), answer::toString);
        assertTrue(answer.contains("* 2 EXISTS"), answer::toString);
    }

    @Test
    void purgingEmptiesEveryMailbox() throws IOException {
        send("certification@opencert.test", List.of("dora@client.test"), "Quotation issued", "EUR 1,500.");

        mail.purge();

        assertEquals(List.of(), mail.inbox("dora@client.test"));
    }

    /** A plain SMTP conversation (RFC 5321), as a service's mailer has it. */
    private void send(String from, List<String> to, String subject, String text) throws IOException {
        List<String> commands = new ArrayList<>(List.of("EHLO test", "MAIL FROM:<" + from + ">"));
        to.forEach(recipient -> commands.add("RCPT TO:<" + recipient + ">"));
        commands.add("DATA");
        commands.add("From: " + from + "\r\nTo: " + String.join(", ", to) + "\r\nSubject: " + subject
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n.");
        commands.add("QUIT");
        List<String> answers = converse(mail.smtpPort(), commands, line -> line.matches("\\d{3} .*"));
        assertTrue(answers.stream().filter(line -> line.startsWith("250 ")).count() >= 2 + to.size(),
                answers::toString);
    }

    private List<String> imap(String... commands) throws IOException {
        return converse(mail.imapPort(), List.of(commands), line -> line.matches("a\\d+ (OK|NO|BAD).*"));
    }

    /** Reads the greeting, then sends each command and reads the answer up to its last line. */
    private static List<String> converse(int port, List<String> commands,
                                         java.util.function.Predicate<String> lastLine) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8)) {
            lines.add(in.readLine());
            for (String command : commands) {
                out.print(command + "\r\n");
                out.flush();
                String line;
                do {
                    line = in.readLine();
                    lines.add(line);
                } while (line != null && !lastLine.test(line) && !line.matches("\\d{3} .*"));
            }
        }
        return lines;
    }
}
