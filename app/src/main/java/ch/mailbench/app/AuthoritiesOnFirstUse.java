package ch.mailbench.app;

import ch.mailbench.core.probe.CertificateTrust;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * The JDK's certificate authorities, read when a certificate is first checked: reading the JDK's
 * trust store costs a cold start some 150 ms of CPU, and the console's first window checks nothing.
 * Extended like the JDK's own trust manager, so the checks with a socket (host name) stay available.
 * The seven methods below only hand over: JSSE wants an {@code X509ExtendedTrustManager}, an abstract
 * class that no dynamic proxy can stand in for, so each overload is written out.
 */
final class AuthoritiesOnFirstUse extends X509ExtendedTrustManager {

    private volatile X509ExtendedTrustManager authorities;

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        authorities().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        authorities().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        authorities().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        authorities().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        authorities().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        authorities().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return authorities().getAcceptedIssuers();
    }

    private X509ExtendedTrustManager authorities() {
        X509ExtendedTrustManager loaded = authorities;
        if (loaded == null) {
            // The JDK's PKIX trust manager is an extended one.
            loaded = (X509ExtendedTrustManager) CertificateTrust.jdkDefault();
            // Two threads may both load them: the same authorities either way.
            authorities = loaded;
        }
        return loaded;
    }
}
