package ch.mailbench.persistence.testing;

import ch.mailbench.core.port.PostgresAddress;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for one test run: Debian's {@code postgresql} binaries, a data
 * folder under {@code target/}, listening on 127.0.0.1 and a free port only (no Unix socket), never
 * the system service. PostgreSQL refuses to run as root, so as root it runs as {@code nobody}.
 * Started on first use by {@link Holder}, stopped when the test JVM exits.
 */
public final class PostgresCluster {

    private static final String SUPERUSER = "mailbench";
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
    private static final int START_ATTEMPTS = 3;

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asNobody;
    private final AtomicInteger databases = new AtomicInteger();
    private final Map<String, PostgresAddress> byKey = new ConcurrentHashMap<>();

    private PostgresCluster(Path bin, Path folder, int port, boolean asNobody) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The run's cluster, or why there is none (the PostgreSQL tests skip with that reason). */
    public static Availability shared() {
        return Holder.AVAILABILITY;
    }

    /** The run's cluster; a test that calls this (also from a field initialiser) is skipped, with the reason, when there is none. */
    public static PostgresCluster required() {
        Availability available = shared();
        Assumptions.assumeTrue(available.cluster().isPresent(), available.reason());
        return available.cluster().get();
    }

    /** Either a started cluster or the sentence saying why the PostgreSQL tests are skipped. */
    public record Availability(Optional<PostgresCluster> cluster, String reason) {
    }

    /** Class-holder idiom: the cluster starts once, on first use, and only in runs that use it. */
    private static final class Holder {
        static final Availability AVAILABILITY = start();
    }

    private static Availability start() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            return new Availability(Optional.empty(), "PostgreSQL is not installed (Debian package postgresql; ./run-tests"
                    + " and .ci/run install it): PostgreSQL tests skipped");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            return new Availability(Optional.empty(), "Running as root without runuser: PostgreSQL cannot be started, tests skipped");
        }
        String failure = "";
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
                PostgresCluster cluster = new PostgresCluster(bin.get(), Files.createTempDirectory(target, "postgres-"), freePort(), root);
                cluster.initAndStart();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop test PostgreSQL"));
                return new Availability(Optional.of(cluster), "");
            } catch (IOException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
        }
        return new Availability(Optional.empty(), "The test PostgreSQL cluster did not start (" + failure + "): PostgreSQL tests skipped");
    }

    /** The newest Debian PostgreSQL under /usr/lib/postgresql/N/bin. */
    private static Optional<Path> binaries() {
        if (!Files.isDirectory(DEBIAN_VERSIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void initAndStart() throws IOException, InterruptedException {
        if (asNobody) {
            run(List.of("chown", "nobody", folder.toString()), false);
        }
        Path data = folder.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync"), asNobody);
        // Throw-away data: no fsync; enough connections for a suite that opens a small pool per test.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", options, "start"), asNobody);
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"), asNobody);
        } catch (IOException e) {
            System.err.println("Could not stop the test PostgreSQL in " + folder + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<String> command, boolean asNobody) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("/usr/sbin/runuser", "-u", "nobody", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    /** A new, empty database, reached without TLS (loopback only) and without a password (trust). */
    public PostgresAddress newDatabase(String hint) {
        String name = "t" + databases.incrementAndGet() + "_" + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        name = name.substring(0, Math.min(name.length(), 60));
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return address(name);
    }

    /** The same database each time for the same key: a test that reopens "its file" reopens its database. */
    public PostgresAddress databaseFor(String key) {
        return byKey.computeIfAbsent(key, this::newDatabase);
    }

    /** How many connections the server has open to {@code database} now (its pool's, and any other client's). */
    public int connectionsTo(String database) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
             java.sql.PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            statement.setString(1, database);
            try (java.sql.ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the connections to " + database + ": " + e.getMessage(), e);
        }
    }

    public PostgresAddress address(String database) {
        return new PostgresAddress("127.0.0.1", port, database, SUPERUSER, PostgresAddress.SslMode.DISABLE, Optional.empty());
    }
}
