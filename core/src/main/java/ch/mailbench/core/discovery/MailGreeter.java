package ch.mailbench.core.discovery;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Connects to a mail server the way a device would, reads its greeting and capabilities, and, for
 * STARTTLS, upgrades when the server advertises it — never a login, never a password. What it saw
 * becomes evidence: "993 answered with TLS, certificate valid for mail.example.ch".
 */
final class MailGreeter {

    private static final int MAX_LINES = 60;

    /**
     * What one server showed. {@code answered} is false when it was unreachable, silent or not speaking
     * the protocol; {@code detail} then says why (and, answered, why STARTTLS cannot be used).
     */
    record Answer(boolean answered, Optional<Evidence> detail, String greeting, List<String> capabilities, boolean startTlsOffered,
                  CertificateStatus certificate, Optional<CertificateInfo> certificateInfo) {

        static Answer failed(Evidence why) {
            return new Answer(false, Optional.of(why), "", List.of(), false, CertificateStatus.NOT_CHECKED, Optional.empty());
        }
    }

    private final Connections connections;
    private final Tls tls;
    private final PortMap ports;

    MailGreeter(Connections connections, Tls tls, PortMap ports) {
        this.connections = connections;
        this.tls = tls;
        this.ports = ports;
    }

    /** Probes one endpoint on the calling thread, done before {@code deadline}. */
    Answer greet(Protocol protocol, Endpoint endpoint, Instant deadline) {
        String host = endpoint.host().ascii();
        int port = ports.mail(endpoint.port().number());
        Socket socket = null;
        try {
            socket = connections.connect(host, port, deadline);
            CertificateStatus status = CertificateStatus.NOT_ENCRYPTED;
            Optional<CertificateInfo> info = Optional.empty();
            if (endpoint.security() == Security.SSL_TLS) {
                Tls.Upgraded upgraded = tls.upgrade(connections, socket, host, port, false, deadline);
                socket = upgraded.socket();
                status = upgraded.status();
                info = upgraded.certificate();
            }
            Conversation talk = new Conversation(socket, deadline);
            String greeting = talk.greeting(protocol);
            List<String> capabilities = talk.capabilities(protocol);
            boolean startTls = capabilities.stream().map(c -> c.toUpperCase(Locale.ROOT))
                    .anyMatch(c -> c.equals("STARTTLS") || c.equals("STLS"));
            if (endpoint.security() == Security.STARTTLS) {
                if (!startTls) {
                    talk.quit(protocol);
                    return new Answer(true, Optional.of(Evidence.of(Evidence.Kind.NOT_STARTTLS)), greeting, capabilities, false,
                            CertificateStatus.NOT_CHECKED, Optional.empty());
                }
                talk.startTls(protocol);
                Tls.Upgraded upgraded = tls.upgrade(connections, socket, host, port, false, deadline);
                socket = upgraded.socket();
                status = upgraded.status();
                info = upgraded.certificate();
                new Conversation(socket, deadline).quit(protocol);
            } else {
                talk.quit(protocol);
            }
            return new Answer(true, Optional.empty(), greeting, capabilities, startTls, status, info);
        } catch (UnknownHostException e) {
            return Answer.failed(Evidence.of(Evidence.Kind.HOST_NOT_FOUND));
        } catch (Dns.DnsFailure e) {
            return Answer.failed(e.reason());
        } catch (ConnectException e) {
            return Answer.failed(Evidence.of(Evidence.Kind.REFUSED));
        } catch (SocketTimeoutException e) {
            return Answer.failed(Evidence.of(Evidence.Kind.TIMED_OUT));
        } catch (SSLException e) {
            return Answer.failed(Evidence.of(Evidence.Kind.TLS_FAILED, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            return Answer.failed(Evidence.of(Evidence.Kind.BROKEN, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (socket != null) {
                connections.release(socket);
            }
        }
    }

    /** The little protocol talk a probe needs; every read bounded in lines, length and time. */
    private static final class Conversation {
        private final InputStream in;
        private final OutputStream out;

        Conversation(Socket socket, Instant deadline) throws IOException {
            socket.setSoTimeout(Connections.remainingMillis(deadline));
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        String greeting(Protocol protocol) throws IOException {
            return switch (protocol) {
                case IMAP -> expect(HttpFetcher.line(in), "* OK", "* PREAUTH");
                case POP3 -> expect(HttpFetcher.line(in), "+OK");
                case SMTP -> expect(smtpReply().get(0), "220");
            };
        }

        List<String> capabilities(Protocol protocol) throws IOException {
            List<String> capabilities = new ArrayList<>();
            switch (protocol) {
                case IMAP -> {
                    send("a1 CAPABILITY");
                    for (int i = 0; i < MAX_LINES; i++) {
                        String line = HttpFetcher.line(in);
                        if (line.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY ")) {
                            capabilities.addAll(List.of(line.substring("* CAPABILITY ".length()).strip().split("\\s+")));
                        } else if (line.startsWith("a1 ")) {
                            return capabilities;
                        }
                    }
                }
                case POP3 -> {
                    send("CAPA");
                    if (!HttpFetcher.line(in).startsWith("+OK")) {
                        return capabilities;
                    }
                    for (int i = 0; i < MAX_LINES; i++) {
                        String line = HttpFetcher.line(in);
                        if (line.equals(".")) {
                            return capabilities;
                        }
                        capabilities.add(line.strip().split("\\s+")[0]);
                    }
                }
                case SMTP -> {
                    send("EHLO mailbench.invalid");
                    List<String> reply = smtpReply();
                    reply.stream().skip(1).map(l -> l.length() > 4 ? l.substring(4).strip().split("\\s+")[0] : "")
                            .filter(s -> !s.isEmpty()).forEach(capabilities::add);
                    return capabilities;
                }
            }
            throw new IOException("the capability list has no end");
        }

        void startTls(Protocol protocol) throws IOException {
            switch (protocol) {
                case IMAP -> {
                    send("a2 STARTTLS");
                    for (int i = 0; i < MAX_LINES; i++) {
                        String line = HttpFetcher.line(in);
                        if (line.startsWith("a2 ")) {
                            expect(line, "a2 OK");
                            return;
                        }
                    }
                    throw new IOException("no answer to STARTTLS");
                }
                case POP3 -> {
                    send("STLS");
                    expect(HttpFetcher.line(in), "+OK");
                }
                case SMTP -> {
                    send("STARTTLS");
                    expect(smtpReply().get(0), "220");
                }
            }
        }

        /** A polite goodbye; the answer does not matter. */
        void quit(Protocol protocol) {
            try {
                send(protocol == Protocol.IMAP ? "a9 LOGOUT" : "QUIT");
            } catch (IOException e) {
                // The probe is over either way; the socket is closed next.
            }
        }

        private List<String> smtpReply() throws IOException {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < MAX_LINES; i++) {
                String line = HttpFetcher.line(in);
                lines.add(line);
                if (line.length() < 4 || line.charAt(3) != '-') {
                    return lines;
                }
            }
            throw new IOException("an SMTP reply longer than " + MAX_LINES + " lines");
        }

        private void send(String command) throws IOException {
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        private static String expect(String line, String... prefixes) throws IOException {
            for (String prefix : prefixes) {
                if (line.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
                    return line;
                }
            }
            throw new IOException("unexpected answer \"" + HttpFetcher.abbreviate(line) + "\"");
        }
    }
}
