package ch.mailbench.core.discovery;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.probe.Certificates;
import ch.mailbench.core.probe.ClientTrustManager;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for discovery's own connections. The certificate is always checked against the host name
 * (also when the address came from a configured DNS server) and the trusted authorities.
 * Strict upgrades (autoconfig, autodiscover: files we act on) fail unless it is valid; inspecting
 * upgrades (reading a mail server's greeting, never sending credentials) go on and report what
 * was wrong, so the candidate can carry its certificate status.
 */
final class Tls {

    /** A socket after the handshake, with what its certificate showed. */
    record Upgraded(SSLSocket socket, CertificateStatus status, Optional<CertificateInfo> certificate) { }

    private final X509TrustManager base;

    Tls(X509TrustManager base) {
        this.base = base;
    }

    Upgraded upgrade(Connections connections, Socket plain, String host, int port, boolean strict, Instant deadline)
            throws IOException {
        Inspector inspector = new Inspector(base, strict);
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {inspector}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime: " + e.getMessage(), e);
        }
        SSLSocket socket = connections.register((SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true));
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(Connections.remainingMillis(deadline));
        socket.startHandshake();
        return new Upgraded(socket, inspector.status, inspector.certificate);
    }

    /** Judges the chain once per connection; it lives only for that connection. */
    private static final class Inspector extends ClientTrustManager {
        private final boolean strict;
        private CertificateStatus status = CertificateStatus.NOT_CHECKED;
        private Optional<CertificateInfo> certificate = Optional.empty();

        Inspector(X509TrustManager base, boolean strict) {
            super(base);
            this.strict = strict;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            certificate = Optional.of(Certificates.describe(chain[0]));
            status = judge(chain, authType, socket);
            if (strict && status != CertificateStatus.VALID) {
                throw new CertificateException("the certificate of this server is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '));
            }
        }

        private CertificateStatus judge(X509Certificate[] chain, String authType, Socket socket) {
            try {
                chain[0].checkValidity();
            } catch (CertificateExpiredException e) {
                return CertificateStatus.EXPIRED;
            } catch (CertificateNotYetValidException e) {
                return CertificateStatus.UNTRUSTED;
            }
            try {
                base().checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                return CertificateStatus.UNTRUSTED;
            }
            if (base() instanceof X509ExtendedTrustManager extended) {
                try {
                    // With the socket, the JDK's trust manager also checks the name against the host we asked for.
                    extended.checkServerTrusted(chain, authType, socket);
                } catch (CertificateException e) {
                    return CertificateStatus.HOSTNAME_MISMATCH;
                }
            }
            return CertificateStatus.VALID;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("discovery uses sockets only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("discovery checks the host name, so it needs the socket");
        }
    }
}
