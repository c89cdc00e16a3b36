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
 * nothing secret is committed and nothing expires in the repository. Created once per test JVM.
 */
public final class TestPki {

    public static final String PASSWORD = "changeit";

    /** Which server certificate. */
    public enum Leaf {
        /** Issued by the test CA for localhost, 127.0.0.1 and 127.0.0.2. */
        LOCALHOST("CN=localhost", "SAN=dns:localhost,ip:127.0.0.1,ip:127.0.0.2", false, false),
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

    private static TestPki create() {
        try {
            Path folder = Files.createTempDirectory("mailbench-pki");
            folder.toFile().deleteOnExit();
            TestPki pki = new TestPki(folder);
            pki.makeCa();
            for (Leaf leaf : Leaf.values()) {
                pki.makeLeaf(leaf);
            }
            return pki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private void makeCa() {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Mailbench Test CA", "-ext", "bc:c", "-validity", "30",
                "-keystore", caKeyStore().toString());
        keytool("-exportcert", "-alias", "ca", "-rfc", "-keystore", caKeyStore().toString(),
                "-file", folder.resolve("ca.pem").toString());
    }

    private void makeLeaf(Leaf leaf) {
        String store = keyStore(leaf).toString();
        List<String> generate = new ArrayList<>(List.of("-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", leaf.subject, "-validity", "30", "-keystore", store));
        if (leaf.selfSigned) {
            generate.addAll(List.of("-ext", leaf.san));
            keytool(generate.toArray(String[]::new));
            return;
        }
        keytool(generate.toArray(String[]::new));
        Path request = folder.resolve(leaf.name() + ".csr");
        Path signed = folder.resolve(leaf.name() + ".pem");
        keytool("-certreq", "-alias", "server", "-keystore", store, "-file", request.toString());
        List<String> sign = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", caKeyStore().toString(),
                "-infile", request.toString(), "-outfile", signed.toString(), "-rfc", "-ext", leaf.san,
                "-ext", "eku=serverAuth"));
        if (leaf.expired) {
            sign.addAll(List.of("-startdate", "-60d", "-validity", "30"));
        } else {
            sign.addAll(List.of("-startdate", "-1d", "-validity", "30"));
        }
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", store, "-file", folder.resolve("ca.pem").toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-keystore", store, "-file", signed.toString());
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (!arguments[0].equals("-exportcert")) {
            command.addAll(List.of("-keypass", PASSWORD));
        }
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
