package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Outcome;

import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.X509TrustManager;

/**
 * Judges the certificate of one server for one connection: valid now, issued by an authority the
 * JDK trusts (so {@code javax.net.ssl.trustStore} keeps working) and made out for the host — or
 * exactly a certificate the technician accepted for this host. Never trusts anything else.
 * Keeps the presented certificate so a refused one can be shown and accepted.
 */
final class ServerTrustManager implements X509TrustManager {

    private final X509TrustManager base;
    private final String host;
    private final Set<String> acceptedFingerprints;
    private volatile X509Certificate presented;

    ServerTrustManager(X509TrustManager base, String host, Set<String> acceptedFingerprints) {
        this.base = base;
        this.host = host;
        this.acceptedFingerprints = Set.copyOf(acceptedFingerprints);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateProblem(Outcome.CERT_UNTRUSTED, "The server sent no certificate", List.of(), null);
        }
        X509Certificate leaf = chain[0];
        presented = leaf;
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
            base.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw new CertificateProblem(Outcome.CERT_UNTRUSTED, "The certificate is not issued by a trusted authority: "
                    + e.getMessage(), HostnameMatcher.namesOf(leaf), e);
        }
        if (!HostnameMatcher.matches(leaf, host)) {
            throw new CertificateProblem(Outcome.CERT_HOSTNAME_MISMATCH, "The certificate is for "
                    + String.join(", ", HostnameMatcher.namesOf(leaf)) + ", not " + host, HostnameMatcher.namesOf(leaf), null);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Mailbench does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return base.getAcceptedIssuers();
    }

    /** The certificate the server presented on this connection, if it got that far. */
    Optional<CertificateInfo> presentedCertificate() {
        return Optional.ofNullable(presented).map(Certificates::describe);
    }
}
