package ch.mailbench.core.discovery.loopback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A web server on a loopback address serving fixed files by host name and path — the autoconfig
 * and autodiscover files of the discovery benchmark and tests. HTTP, or HTTPS with the caller's
 * certificate. Anything not added is a 404.
 */
public final class LoopbackWeb implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** @param tls empty for plain HTTP */
    public LoopbackWeb(String loopbackAddress, Optional<SSLContext> tls) throws IOException {
        InetSocketAddress bind = new InetSocketAddress(loopbackAddress, 0);
        if (tls.isPresent()) {
            HttpsServer https = HttpsServer.create(bind, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls.get()));
            server = https;
        } else {
            server = HttpServer.create(bind, 0);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code body} at {@code path} (query ignored) for requests to {@code host}, GET or POST. */
    public LoopbackWeb serve(String host, String path, String body) {
        files.put(host.toLowerCase(Locale.ROOT) + path, body.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")
                    .replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            byte[] body = files.get(host + exchange.getRequestURI().getRawPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
