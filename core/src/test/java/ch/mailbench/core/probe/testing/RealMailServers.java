package ch.mailbench.core.probe.testing;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Security;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real Dovecot (IMAP and POP3 with STARTTLS) and Postfix (submission with STARTTLS, SMTPS),
 * configured from scratch in a temporary folder, listening on 127.0.0.1 only, with a certificate
 * from the test CA. Postfix authenticates through Dovecot and discards anything it would deliver.
 * Users: {@link GreenMailServers#FULL_ADDRESS_USER} logs in with the whole address, the
 * {@link GreenMailServers#LOCAL_PART_USER} only as "paul" — the same as in GreenMail.
 *
 * <p>Needs the Debian packages dovecot-imapd, dovecot-pop3d and postfix
 * (scripts/install-test-tools) and root, as both drop privileges to their own users. Without
 * them, {@link #startOrSkip} skips the test with the reason.
 */
public final class RealMailServers implements AutoCloseable {

    private static final Path DOVECOT = Path.of("/usr/sbin/dovecot");
    private static final Path POSTFIX = Path.of("/usr/sbin/postfix");
    private static final long START_TIMEOUT_MILLIS = 30_000;
    private static final int ATTEMPTS = 5;

    private final Path folder;
    private final int imap;
    private final int pop3;
    private final int submission;
    private final int smtps;
    private final List<Process> processes = new ArrayList<>();

    private RealMailServers(Path folder, int[] ports) {
        this.folder = folder;
        this.imap = ports[0];
        this.pop3 = ports[1];
        this.submission = ports[2];
        this.smtps = ports[3];
    }

    /**
     * Starts both servers, or skips the calling test with the reason they cannot run here. The
     * daemons bind their ports themselves, so a port free when chosen may be taken (by a parallel
     * build) before they bind it: then they are started again on other ports.
     */
    public static RealMailServers startOrSkip() {
        Assumptions.assumeTrue(Files.isExecutable(DOVECOT) && Files.isExecutable(POSTFIX),
                "Dovecot and Postfix are not installed: run scripts/install-test-tools (CI does) to test the STARTTLS paths");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "Dovecot and Postfix test servers need root (they switch to their own users); CI runs as root");
        for (int attempt = 1; ; attempt++) {
            RealMailServers servers = new RealMailServers(newFolder(), freePorts(4));
            try {
                servers.start();
                return servers;
            } catch (IOException | RuntimeException e) {
                servers.close();
                if (attempt == ATTEMPTS || !servers.lostAPort()) {
                    throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
                }
            }
        }
    }

    private static Path newFolder() {
        try {
            Path folder = Files.createTempDirectory("mailbench-servers");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a daemon could not bind a port because another process had taken it meanwhile. */
    private boolean lostAPort() {
        return (log("dovecot.log") + log("dovecot.out") + log("postfix.out")).contains("Address already in use");
    }

    /**
     * The servers for one test class: started before its first test (or the class is skipped with
     * the reason) and stopped after its last. Register as
     * {@code @RegisterExtension static final RealMailServers.PerClass real = new RealMailServers.PerClass();}.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private RealMailServers servers;

        @Override
        public void beforeAll(ExtensionContext context) {
            servers = startOrSkip();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (servers != null) {
                servers.close();
            }
        }

        public RealMailServers servers() {
            return servers;
        }
    }

    public Endpoint imapStartTls() {
        return Endpoint.of("127.0.0.1", imap, Security.STARTTLS);
    }

    public Endpoint pop3StartTls() {
        return Endpoint.of("127.0.0.1", pop3, Security.STARTTLS);
    }

    public Endpoint submissionStartTls() {
        return Endpoint.of("127.0.0.1", submission, Security.STARTTLS);
    }

    public Endpoint smtps() {
        return Endpoint.of("127.0.0.1", smtps, Security.SSL_TLS);
    }

    private void start() throws IOException {
        TestPki.get().writePem(TestPki.Leaf.LOCALHOST, folder.resolve("cert.pem"), folder.resolve("key.pem"));
        Files.setPosixFilePermissions(folder.resolve("key.pem"), PosixFilePermissions.fromString("rw-------"));
        Path home = Files.createDirectories(folder.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(folder.resolve("users"),
                GreenMailServers.FULL_ADDRESS_USER + ":{PLAIN}" + GreenMailServers.FULL_ADDRESS_PASSWORD + "::::::nodelay=y\n"
                        + "paul:{PLAIN}" + GreenMailServers.LOCAL_PART_PASSWORD + "::::::nodelay=y\n");
        Files.writeString(folder.resolve("dovecot.conf"), dovecotConf());
        processes.add(start(DOVECOT.toString(), "-F", "-c", folder.resolve("dovecot.conf").toString()));
        awaitPort(imap);
        awaitPort(pop3);

        Path postfix = Files.createDirectories(folder.resolve("postfix"));
        // Postfix creates the queue's subfolders itself ("postfix check"), but not the folders named in main.cf.
        Files.createDirectories(postfix.resolve("queue"));
        Path data = Files.createDirectories(postfix.resolve("data"));
        Files.setOwner(data, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix"));
        Files.writeString(postfix.resolve("main.cf"), postfixMain());
        Files.writeString(postfix.resolve("master.cf"), postfixMaster());
        run(POSTFIX.toString(), "-c", postfix.toString(), "check");
        processes.add(start(POSTFIX.toString(), "-c", postfix.toString(), "start-fg"));
        awaitPort(submission);
        awaitPort(smtps);
    }

    private String dovecotConf() {
        return """
                base_dir = %1$s/run
                state_dir = %1$s/state
                instance_name = mailbench-test-%2$d
                protocols = imap pop3
                listen = 127.0.0.1
                log_path = %1$s/dovecot.log
                ssl = required
                ssl_cert = <%1$s/cert.pem
                ssl_key = <%1$s/key.pem
                ssl_dh = </usr/share/dovecot/dh.pem
                disable_plaintext_auth = yes
                auth_mechanisms = plain login
                auth_failure_delay = 0
                auth_verbose = yes
                auth_username_chars = abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890.-_@+
                mail_location = maildir:%1$s/home/%%u/Maildir
                mail_max_userip_connections = 100
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/users
                }
                userdb {
                  driver = static
                  args = uid=65534 gid=65534 home=%1$s/home/%%u
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %3$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                service pop3-login {
                  inet_listener pop3 {
                    address = 127.0.0.1
                    port = %4$d
                  }
                  inet_listener pop3s {
                    port = 0
                  }
                }
                service anvil {
                  unix_listener anvil-auth-penalty {
                    mode = 0
                  }
                }
                service auth {
                  unix_listener %1$s/run/auth-postfix {
                    mode = 0666
                  }
                }
                """.formatted(folder, imap, imap, pop3);
    }

    private String postfixMain() {
        return """
                compatibility_level = 3.6
                queue_directory = %1$s/postfix/queue
                data_directory = %1$s/postfix/data
                mail_owner = postfix
                setgid_group = postdrop
                myhostname = mail.mailbench-test.invalid
                mydestination =
                inet_interfaces = 127.0.0.1
                inet_protocols = ipv4
                alias_maps =
                alias_database =
                # Nothing this server accepts ever leaves it. (No maillog_file: without a running
                # postlogd, "postfix check" fails on it.)
                default_transport = discard:
                local_transport = discard:
                relay_transport = discard:
                virtual_transport = discard:
                smtpd_tls_cert_file = %1$s/cert.pem
                smtpd_tls_key_file = %1$s/key.pem
                smtpd_tls_auth_only = yes
                smtpd_sasl_type = dovecot
                smtpd_sasl_path = %1$s/run/auth-postfix
                smtpd_sasl_auth_enable = yes
                smtpd_relay_restrictions = permit_sasl_authenticated, reject
                """.formatted(folder);
    }

    private String postfixMaster() {
        return """
                127.0.0.1:%1$d inet n - n - - smtpd -o smtpd_tls_security_level=encrypt
                127.0.0.1:%2$d inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
                cleanup   unix  n - n - 0 cleanup
                qmgr      unix  n - n 300 1 qmgr
                tlsmgr    unix  - - n 1000? 1 tlsmgr
                rewrite   unix  - - n - - trivial-rewrite
                bounce    unix  - - n - 0 bounce
                defer     unix  - - n - 0 bounce
                trace     unix  - - n - 0 bounce
                verify    unix  - - n - 1 verify
                flush     unix  n - n 1000? 0 flush
                proxymap  unix  - - n - - proxymap
                anvil     unix  - - n - 1 anvil
                scache    unix  - - n - 1 scache
                discard   unix  - - n - - discard
                postlog   unix-dgram n - n - 1 postlogd
                """.formatted(submission, smtps);
    }

    private Process start(String... command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(Path.of(command[0]).getFileName() + ".out").toFile()).start();
    }

    private void run(String... command) throws IOException {
        Process process = start(command);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + log(Path.of(command[0]).getFileName() + ".out"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stopQuietly(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("stop.out").toFile()).start();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Not started, or already gone: nothing to stop.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPort(int port) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A test mail server stopped: " + log("dovecot.log") + log("dovecot.out")
                        + log("postfix.out"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("Port " + port + " did not open: " + log("dovecot.log"));
    }

    /** Adds a login to Dovecot's user list (also used by Postfix's SASL); Dovecot reads the changed file at the next login. */
    public void addUser(String login, String password) {
        try {
            Files.writeString(folder.resolve("users"), login + ":{PLAIN}" + password + "::::::nodelay=y\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A log file of the servers, e.g. {@code dovecot.log}. */
    public Path logFile(String name) {
        return folder.resolve(name);
    }

    /** The servers' own log, for failure messages. */
    public String log(String name) {
        try {
            Path file = folder.resolve(name);
            return Files.exists(file) ? "\n--- " + name + "\n" + Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code count} different loopback ports free right now (all held open together, so none is chosen twice). */
    private static int[] freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            held.forEach(RealMailServers::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket that accepted nothing does not fail in practice; the port is free either way.
        }
    }

    @Override
    public void close() {
        // Both daemons fork; their own stop commands end every process they started.
        stopQuietly(POSTFIX.toString(), "-c", folder.resolve("postfix").toString(), "stop");
        stopQuietly(DOVECOT.toString(), "-c", folder.resolve("dovecot.conf").toString(), "stop");
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
