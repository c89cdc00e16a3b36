package ch.mailbench.core.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The few HTTP requests discovery makes (GET an autoconfig file, POST an autodiscover request),
 * over its own sockets so the host resolves through the configured DNS server while the HTTPS
 * certificate is still checked against the host name. HTTP/1.1 with {@code Connection: close};
 * the body is bounded, so a hostile server cannot exhaust memory; at most two redirects, never
 * from HTTPS down to HTTP.
 */
final class HttpFetcher {

    static final int MAX_BODY = 256 * 1024;
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_REDIRECTS = 2;

    /** A complete answer with status 200; {@code uri} is where it finally came from. */
    record Response(URI uri, byte[] body) { }

    private final Connections connections;
    private final Tls tls;
    private final PortMap ports;

    HttpFetcher(Connections connections, Tls tls, PortMap ports) {
        this.connections = connections;
        this.tls = tls;
        this.ports = ports;
    }

    /** GET, or POST when {@code body} is present. @throws IOException with the reason when there is no 200 answer */
    Response fetch(URI uri, Optional<byte[]> body, Instant deadline) throws IOException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            Reply reply = once(current, body, deadline);
            if (reply.status == 200) {
                return new Response(current, reply.body);
            }
            if (reply.status >= 300 && reply.status < 400 && reply.location != null && redirects < MAX_REDIRECTS) {
                URI next = current.resolve(reply.location.strip());
                if ("https".equals(current.getScheme()) && !"https".equals(next.getScheme())) {
                    throw new IOException(current + " redirects to " + next + ", from HTTPS down to HTTP: not followed");
                }
                current = next;
                continue;
            }
            throw new IOException(current + " answered HTTP " + reply.status);
        }
    }

    private record Reply(int status, String location, byte[] body) { }

    private Reply once(URI uri, Optional<byte[]> body, Instant deadline) throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("only http and https addresses are fetched, not " + uri);
        }
        String host = uri.getHost();
        if (host == null) {
            throw new IOException("no host in " + uri);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : https ? ports.https() : ports.http();
        Socket socket = connections.connect(host, port, deadline);
        try {
            if (https) {
                socket = tls.upgrade(connections, socket, host, port, true, deadline).socket();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            StringBuilder request = new StringBuilder();
            request.append(body.isPresent() ? "POST " : "GET ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n")
                    .append("User-Agent: Mailbench discovery\r\n")
                    .append("Accept: text/xml, application/xml\r\n")
                    .append("Connection: close\r\n");
            body.ifPresent(b -> request.append("Content-Type: text/xml; charset=utf-8\r\nContent-Length: ").append(b.length).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body.isPresent()) {
                out.write(body.get());
            }
            out.flush();
            return read(socket.getInputStream());
        } finally {
            connections.release(socket);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + abbreviate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + abbreviate(statusLine), e);
        }
        long length = -1;
        boolean chunked = false;
        String location = null;
        for (int headers = 0; ; headers++) {
            String header = line(in);
            if (header.isEmpty()) {
                break;
            }
            if (headers > 100) {
                throw new IOException("more than 100 header lines");
            }
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = parseLength(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "location" -> location = value;
                default -> { /* other headers change nothing here */ }
            }
        }
        byte[] body = status == 200 ? (chunked ? chunked(in) : bounded(in, length)) : new byte[0];
        return new Reply(status, location, body);
    }

    private static long parseLength(String value) throws IOException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length \"" + abbreviate(value) + "\"", e);
        }
    }

    private static byte[] bounded(InputStream in, long length) throws IOException {
        if (length > MAX_BODY) {
            throw new IOException("the answer is larger than " + MAX_BODY / 1024 + " KB");
        }
        byte[] data = in.readNBytes(length >= 0 ? (int) length : MAX_BODY + 1);
        if (data.length > MAX_BODY) {
            throw new IOException("the answer is larger than " + MAX_BODY / 1024 + " KB");
        }
        if (length >= 0 && data.length < length) {
            throw new IOException("the answer ended after " + data.length + " of " + length + " bytes");
        }
        return data;
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int length;
            try {
                length = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size \"" + abbreviate(size) + "\"", e);
            }
            if (length == 0) {
                return out.toByteArray();
            }
            if (length < 0 || out.size() + length > MAX_BODY) {
                throw new IOException("the answer is larger than " + MAX_BODY / 1024 + " KB");
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new IOException("the answer ended inside a chunk");
            }
            out.write(chunk);
            line(in);
        }
    }

    /** One CRLF- (or LF-) terminated line, bounded. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    throw new IOException("the server closed the connection");
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_HEADER_LINE) {
                throw new IOException("a line longer than " + MAX_HEADER_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
