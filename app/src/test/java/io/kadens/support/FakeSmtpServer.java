package io.kadens.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A small SMTP server for tests: it speaks the real protocol (EHLO/HELO, MAIL FROM, RCPT TO,
 * DATA with dot-unstuffing, RSET, NOOP, QUIT) on a local port and keeps every message it accepts,
 * so a test reads what Kadens really sent: the parsed subject, text and HTML parts. It can also
 * refuse mail, to test what happens when the mail server says no.
 */
public final class FakeSmtpServer implements AutoCloseable {

    private static FakeSmtpServer shared;

    /** A message as received: envelope, and the MIME content parsed. */
    public record ReceivedMail(String from, List<String> recipients, String subject, String text, String html,
                               String contentLanguage, String raw) {
    }

    private final ServerSocket socket;
    private final List<ReceivedMail> received = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;
    private volatile boolean down;

    public FakeSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("fake-smtp-" + socket.getLocalPort()).start(this::acceptLoop);
    }

    /** One server for the whole test JVM; the Spring test context sends its mail here. */
    public static synchronized FakeSmtpServer shared() {
        if (shared == null) {
            shared = new FakeSmtpServer();
        }
        return shared;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** While refusing, every MAIL FROM is answered with a permanent error, as a broken relay would. */
    public void refuseMail(boolean refuse) {
        this.refusing = refuse;
    }

    /**
     * While down, every connection is closed before the greeting, as a mail server that is out of service
     * (or a relay host that has gone away) would: the client cannot even start a conversation.
     */
    public void down(boolean down) {
        this.down = down;
    }

    public List<ReceivedMail> received() {
        return List.copyOf(received);
    }

    public List<ReceivedMail> to(String recipient) {
        return received.stream().filter(m -> m.recipients().contains(recipient.toLowerCase(Locale.ROOT))).toList();
    }

    /** Waits for a message matching the condition (mail is sent after a transaction commits, possibly a moment later). */
    public ReceivedMail await(Predicate<ReceivedMail> condition, Duration timeout) {
        try {
            return waiting(timeout).until(() -> received.stream().filter(condition).findFirst(), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no matching mail within " + timeout + "; received: "
                    + received.stream().map(m -> m.recipients() + " " + m.subject()).toList());
        }
    }

    private static ConditionFactory waiting(Duration timeout) {
        return Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50));
    }

    /** The newest message to this recipient, waiting for it when there is none yet. */
    public ReceivedMail latestTo(String recipient, int expectedCount, Duration timeout) {
        try {
            waiting(timeout).until(() -> to(recipient).size() >= expectedCount);
        } catch (ConditionTimeoutException e) {
            // reported below with the count that did arrive
        }
        List<ReceivedMail> mails = to(recipient);
        if (mails.size() < expectedCount) {
            throw new AssertionError("expected " + expectedCount + " mails to " + recipient + ", got " + mails.size());
        }
        return mails.getLast();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 localhost Kadens test SMTP");
            String from = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-localhost greets you\r\n250-SIZE 10485760\r\n250 HELP");
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        if (refusing) {
                            reply(out, "554 5.7.1 relay refused by the test");
                        } else {
                            from = address(line);
                            recipients.clear();
                            reply(out, "250 2.1.0 OK");
                        }
                    }
                    case "RCPT" -> {
                        if (from == null) {
                            reply(out, "503 5.5.1 MAIL first");
                        } else {
                            recipients.add(address(line).toLowerCase(Locale.ROOT));
                            reply(out, "250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "503 5.5.1 RCPT first");
                            continue;
                        }
                        reply(out, "354 end data with <CR><LF>.<CR><LF>");
                        StringBuilder data = new StringBuilder();
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
                        }
                        received.add(parse(from, List.copyOf(recipients), data.toString()));
                        from = null;
                        recipients.clear();
                        reply(out, "250 2.0.0 queued");
                    }
                    case "RSET" -> {
                        from = null;
                        recipients.clear();
                        reply(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 command not implemented");
                }
            }
        } catch (IOException | MessagingException e) {
            // a client that hangs up is not the test's concern
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1).trim();
    }

    private static ReceivedMail parse(String from, List<String> recipients, String raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(message, text, html);
        return new ReceivedMail(from, recipients, message.getSubject(), text.toString(), html.toString(),
                message.getHeader("Content-Language", ","), raw);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html);
            }
        }
    }
}
