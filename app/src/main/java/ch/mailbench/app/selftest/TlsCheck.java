package ch.mailbench.app.selftest;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A TLS 1.3 handshake with an EC certificate against a server in this process on loopback: proves
 * the runtime carries the ciphers, key exchange and certificate code a mail login needs.
 */
public final class TlsCheck implements SelfCheck {

    private static final char[] STORE_PASSWORD = "selftest".toCharArray();
    private static final int TIMEOUT_MILLIS = 10_000;

    @Override
    public String name() {
        return "TLS";
    }

    @Override
    public String run() throws Exception {
        SelfSignedCertificate server = SelfSignedCertificate.create();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("server", server.keys().getPrivate(), STORE_PASSWORD, new Certificate[] {server.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, STORE_PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLSv1.3");
        serverContext.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("server", server.certificate());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trustStore);
        SSLContext clientContext = SSLContext.getInstance("TLSv1.3");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(TIMEOUT_MILLIS);
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> serveOneByte(listener));
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                client.startHandshake();
                int answer = client.getInputStream().read();
                served.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                if (answer != '+') {
                    throw new IOException("the loopback server's answer did not arrive");
                }
                return "handshake with 127.0.0.1 (" + client.getSession().getProtocol() + ", "
                        + client.getSession().getCipherSuite() + ", " + server.certificate().getPublicKey().getAlgorithm()
                        + " certificate)";
            }
        }
    }

    private static int serveOneByte(SSLServerSocket listener) {
        try (SSLSocket socket = (SSLSocket) listener.accept()) {
            socket.startHandshake();
            socket.getOutputStream().write('+');
            socket.getOutputStream().flush();
            return 1;
        } catch (IOException e) {
            throw new IllegalStateException("loopback TLS server: " + e.getMessage(), e);
        }
    }
}
