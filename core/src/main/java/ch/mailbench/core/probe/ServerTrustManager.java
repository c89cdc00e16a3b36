package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509TrustManager;

/**
 * Judges the certificates of one server: valid now, issued by an authority the JDK trusts (so
 * {@code javax.net.ssl.trustStore} keeps working) and made out for the host — or exactly a
 * certificate the technician accepted for this host. Never trusts anything else.
 *
 * <p>One instance serves every connection to its host within a run (one SSL context per trust
 * decision, so logins resume their TLS session); it remembers which certificate each connection
 * was shown, so a refused one can be displayed and accepted.
 */
final class ServerTrustManager extends ClientTrustManager {

    private final String host;
    private final Set<String> acceptedFingerprints;
    private final Map<Socket, X509Certificate> presented = Collections.synchronizedMap(new WeakHashMap<>());

    ServerTrustManager(X509TrustManager base, String host, Set<String> acceptedFingerprints) {
        super(base);
        this.host = host;
        this.acceptedFingerprints = Set.copyOf(acceptedFingerprints);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (chain != null && chain.length > 0 && socket != null) {
            presented.put(socket, chain[0]);
        }
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateProblem(Outcome.CERT_UNTRUSTED, "The server sent no certificate", List.of(), null);
        }
        X509Certificate leaf = chain[0];
        try {
            leaf.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new CertificateProblem(Outcome.CERT_EXPIRED, "The certificate is valid from " + leaf.getNotBefore()
                    + " to " + leaf.getNotAfter(), HostnameMatcher.namesOf(leaf), e);
        }
        String fingerprint = Certificates.sha256(leaf);
        if (acceptedFingerprints.stream().anyMatch(accepted -> Certificates.sameFingerprint(accepted, fingerprint))) {
            return;
        }
        try {
            base().checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw new CertificateProblem(Outcome.CERT_UNTRUSTED, "The certificate is not issued by a trusted authority: "
                    + e.getMessage(), HostnameMatcher.namesOf(leaf), e);
        }
        if (!HostnameMatcher.matches(leaf, host)) {
            throw new CertificateProblem(Outcome.CERT_HOSTNAME_MISMATCH, "The certificate is for "
                    + String.join(", ", HostnameMatcher.namesOf(leaf)) + ", not " + host, HostnameMatcher.namesOf(leaf), null);
        }
    }

    /** The certificate shown on one of {@code sockets}, if a handshake got that far. */
    Optional<X509Certificate> presentedOn(Collection<Socket> sockets) {
        return sockets.stream().map(presented::get).filter(c -> c != null).findFirst();
    }
}
