package ch.mailbench.core.probe;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The trust manager of a connection Mailbench opens (the tester's and discovery's): it only ever
 * judges servers, so every client-certificate check is refused, and the issuers it accepts are
 * those of the JDK's trust manager {@code base}. Subclasses judge the server's chain.
 */
public abstract class ClientTrustManager extends X509ExtendedTrustManager {

    private final X509TrustManager base;

    protected ClientTrustManager(X509TrustManager base) {
        this.base = base;
    }

    /** The JDK's trust manager (the default trust store, or {@code javax.net.ssl.trustStore}). */
    protected final X509TrustManager base() {
        return base;
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Mailbench does not accept client connections");
    }

    @Override
    public final X509Certificate[] getAcceptedIssuers() {
        return base.getAcceptedIssuers();
    }
}
