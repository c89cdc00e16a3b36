package ch.mailbench.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team database on a PostgreSQL server. The password is never part of it: the driver reads it
 * from {@code PGPASSFILE} or {@code ~/.pgpass}, so it is neither typed on a command line (visible to
 * every process) nor kept in the preferences. TLS is verified (certificate and host name) unless
 * the address says otherwise with {@code sslmode}.
 *
 * @param sslRootCert the CA certificate file to verify the server with; empty: the JDK's trust store
 */
public record PostgresAddress(String host, int port, String database, String user, SslMode sslMode,
                              Optional<String> sslRootCert) implements DatabaseAddress {

    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> KNOWN_PARAMETERS = Set.of("sslmode", "sslrootcert", "user");

    /** libpq's TLS modes, weakest first; {@link #VERIFY_FULL} is Mailbench's default. */
    public enum SslMode {
        DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static SslMode of(String text) {
            for (SslMode mode : values()) {
                if (mode.text().equals(text)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("sslmode \"" + text + "\" is not one of disable, allow, prefer, require,"
                    + " verify-ca, verify-full");
        }
    }

    public PostgresAddress {
        if (host.isBlank()) {
            throw new IllegalArgumentException("The PostgreSQL address names no server (host)");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The PostgreSQL port " + port + " is not between 1 and 65535");
        }
        if (database.isBlank()) {
            throw new IllegalArgumentException("The PostgreSQL address names no database: postgresql://user@host:5432/DATABASE");
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("The PostgreSQL address names no user: postgresql://USER@host:5432/database");
        }
    }

    /** Reads {@code postgresql://[user@]host[:port]/database[?sslmode=…&sslrootcert=…]}. */
    static PostgresAddress parse(String text, String osUser) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The PostgreSQL address is not readable (" + e.getReason()
                    + "): postgresql://user@host:5432/database");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("The PostgreSQL address holds a password; put it into ~/.pgpass (or the file"
                    + " PGPASSFILE names) instead, so it is not visible to other programs");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The PostgreSQL address names no server (host): postgresql://user@HOST:5432/database");
        }
        Map<String, String> parameters = parameters(uri.getRawQuery());
        String user = Optional.ofNullable(userInfo).map(PostgresAddress::decode)
                .or(() -> Optional.ofNullable(parameters.get("user"))).orElse(osUser);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        SslMode mode = Optional.ofNullable(parameters.get("sslmode")).map(SslMode::of).orElse(SslMode.VERIFY_FULL);
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user, mode,
                Optional.ofNullable(parameters.get("sslrootcert")));
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals("password")) {
                throw new IllegalArgumentException("The PostgreSQL address holds a password; put it into ~/.pgpass (or the"
                        + " file PGPASSFILE names) instead, so it is not visible to other programs");
            }
            if (!KNOWN_PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("The PostgreSQL address parameter \"" + name
                        + "\" is not supported (known: sslmode, sslrootcert, user)");
            }
            parameters.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The address as the technician gives it, canonical and without any password. */
    @Override
    public String shownAs() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + "?sslmode=" + sslMode.text()
                + sslRootCert.map(file -> "&sslrootcert=" + file).orElse("");
    }

    @Override
    public String shortName() {
        return database + " @ " + host;
    }

    /** The driver's URL; no password: pgJDBC reads {@code PGPASSFILE}/{@code ~/.pgpass} itself. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(database)
                .append("?sslmode=").append(sslMode.text()).append("&ApplicationName=Mailbench");
        // Without a CA file, verify against the JDK's trust store (public CAs of managed services) rather than
        // pgJDBC's ~/.postgresql/root.crt, which most technicians do not have.
        sslRootCert.ifPresentOrElse(file -> url.append("&sslrootcert=").append(file),
                () -> url.append("&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory"));
        return url.toString();
    }

    @Override
    public String toString() {
        return shownAs();
    }
}
