package ch.mailbench.core.probe.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.X509TrustManager;

import ch.mailbench.core.probe.CertificateTrust;

/**
 * A certificate authority and server certificates made at test time with the JDK's keytool:
 * nothing secret is committed and nothing expires in the repository.
 */
public final class TestPki {

    public static final String PASSWORD = "changeit";

    /** Which server certificate. */
    public enum Leaf {
        /** Issued by the test CA for localhost, 127.0.0.1, 127.0.0.2 and the benchmark's provider names. */
        LOCALHOST("CN=localhost", "SAN=dns:localhost,ip:127.0.0.1,ip:127.0.0.2,dns:*.bench.mailbench.test", false, false),
        /** Issued by the test CA for another name. */
        OTHER_NAME("CN=imap.other-host.ch", "SAN=dns:imap.other-host.ch", false, false),
        /** Issued by the test CA for localhost, but valid only in the past. */
        EXPIRED("CN=localhost", "SAN=dns:localhost,ip:127.0.0.1", true, false),
        /** Self-signed for localhost. */
        SELF_SIGNED("CN=localhost", "SAN=dns:localhost,ip:127.0.0.1", false, true);

        private final String subject;
        private final String san;
        private final boolean expired;
        private final boolean selfSigned;

        Leaf(String subject, String san, boolean expired, boolean selfSigned) {
            this.subject = subject;
            this.san = san;
            this.expired = expired;
            this.selfSigned = selfSigned;
        }
    }

    private static final class Holder {
        private static final TestPki INSTANCE = create();
    }

    private final Path folder;

    private TestPki(Path folder) {
        this.folder = folder;
    }

    public static TestPki get() {
        return Holder.INSTANCE;
    }

    /**
     * Key generation costs a keytool start per key, so the PKI is kept in the temp folder and made
     * anew only when missing or expiring within a week. Several builds (and so JVMs) on one machine
     * share that folder: a JVM never deletes or rewrites a folder another one may be reading. It
     * makes a new PKI in a folder of its own and publishes it with one atomic rename, which fails
     * harmlessly when another JVM published first; an expiring PKI is renamed aside, not emptied.
     */
    private static TestPki create() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "mailbench-test-pki-v2");
        TestPki existing = new TestPki(folder);
        if (existing.usable()) {
            return existing;
        }
        try {
            Path fresh = Files.createTempDirectory("mailbench-pki");
            TestPki pki = new TestPki(fresh);
            pki.makeAll();
            Files.writeString(fresh.resolve("complete"), "");
            if (Files.exists(folder) && !existing.usable()) {
                moveQuietly(folder, Files.createTempDirectory("mailbench-pki-old").resolve("pki"));
            }
            return moveQuietly(fresh, folder) ? existing : pki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames {@code from} to {@code to} atomically; false when another JVM got there first. */
    private static boolean moveQuietly(Path from, Path to) {
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean usable() {
        return Files.exists(folder.resolve("complete")) && stillValid();
    }

    private boolean stillValid() {
        try {
            return caCertificate().getNotAfter().toInstant().isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    /** PKCS#12 key store holding the server key and chain, alias "server", password {@link #PASSWORD}. */
    public Path keyStore(Leaf leaf) {
        return folder.resolve(leaf.name().toLowerCase() + ".p12");
    }

    public Path caKeyStore() {
        return folder.resolve("ca.p12");
    }

    /** Trust in the test CA only, as the base trust of the engine in tests. */
    public X509TrustManager caTrust() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", caCertificate());
            return CertificateTrust.fromKeyStore(trust);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate caCertificate() {
        return certificateIn(caKeyStore(), "ca");
    }

    public X509Certificate certificate(Leaf leaf) {
        return certificateIn(keyStore(leaf), "server");
    }

    private static X509Certificate certificateIn(Path store, String alias) {
        try {
            return (X509Certificate) load(store).getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public SSLServerSocketFactory serverSocketFactory(Leaf leaf) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore(leaf)), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context.getServerSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the server chain and its private key as PEM files for Dovecot and Postfix. */
    public void writePem(Leaf leaf, Path chainFile, Path keyFile) throws IOException {
        KeyStore store = load(keyStore(leaf));
        try {
            Key key = store.getKey("server", PASSWORD.toCharArray());
            StringBuilder chain = new StringBuilder();
            for (Certificate certificate : store.getCertificateChain("server")) {
                chain.append(pem("CERTIFICATE", certificate.getEncoded()));
            }
            Files.writeString(chainFile, chain);
            Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void writeCaPem(Path file) throws IOException {
        try {
            Files.writeString(file, pem("CERTIFICATE", caCertificate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static KeyStore load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** One key store signs everything (keytool -signer); each server then gets its own key store. */
    private void makeAll() {
        String all = folder.resolve("all.p12").toString();
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Mailbench Test CA", "-ext", "bc:c", "-validity", "60", "-keystore", all);
        for (Leaf leaf : Leaf.values()) {
            List<String> generate = new ArrayList<>(List.of("-genkeypair", "-alias", leaf.name().toLowerCase(),
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", leaf.subject, "-ext", leaf.san,
                    "-keystore", all));
            if (!leaf.selfSigned) {
                generate.addAll(List.of("-signer", "ca", "-signerkeypass", PASSWORD, "-ext", "eku=serverAuth"));
            }
            generate.addAll(leaf.expired ? List.of("-startdate", "-60d", "-validity", "30") : List.of("-startdate", "-1d", "-validity", "60"));
            keytool(generate.toArray(String[]::new));
        }
        try {
            KeyStore source = load(Path.of(all));
            KeyStore ca = KeyStore.getInstance("PKCS12");
            ca.load(null, null);
            ca.setCertificateEntry("ca", source.getCertificate("ca"));
            save(ca, caKeyStore());
            for (Leaf leaf : Leaf.values()) {
                KeyStore server = KeyStore.getInstance("PKCS12");
                server.load(null, null);
                String alias = leaf.name().toLowerCase();
                server.setKeyEntry("server", source.getKey(alias, PASSWORD.toCharArray()), PASSWORD.toCharArray(),
                        source.getCertificateChain(alias));
                save(server, keyStore(leaf));
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot split the test key store", e);
        }
    }

    private static void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (var out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
