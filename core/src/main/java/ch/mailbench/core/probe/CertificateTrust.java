package ch.mailbench.core.probe;

import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.TrustedCertificateRepository;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates Mailbench trusts: the authorities of a base trust store (the JDK's by default)
 * plus the certificates technicians accepted per host.
 */
public final class CertificateTrust {

    private final X509TrustManager base;
    private final TrustedCertificateRepository accepted;

    public CertificateTrust(X509TrustManager base, TrustedCertificateRepository accepted) {
        this.base = base;
        this.accepted = accepted;
    }

    /** The JDK's default authorities, honouring {@code javax.net.ssl.trustStore}. */
    public static X509TrustManager jdkDefault() {
        return fromKeyStore(null);
    }

    /** The authorities in {@code keyStore} ({@code null}: the JDK's default). */
    public static X509TrustManager fromKeyStore(KeyStore keyStore) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalStateException("The JDK offers no X.509 trust manager"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the trusted certificate authorities: " + e.getMessage(), e);
        }
    }

    /** The certificates accepted for {@code host} as they stand now: with the host, they make the trust decision. */
    Set<String> acceptedFor(HostName host) {
        return accepted.activeFor(host).stream().map(TrustedCertificate::fingerprint).collect(Collectors.toSet());
    }

    /** The trust decision for {@code host}: the JDK authorities plus {@code fingerprints} accepted for it. */
    ServerTrustManager forHost(HostName host, Set<String> fingerprints) {
        return new ServerTrustManager(base, host.ascii(), fingerprints);
    }
}
