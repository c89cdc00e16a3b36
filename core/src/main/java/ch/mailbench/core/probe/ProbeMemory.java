package ch.mailbench.core.probe;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.UsernameFormat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * What one run has learned so far, shared by its checks (thread-safe): one TLS context per trust
 * decision (so logins to the same server resume their session instead of a full handshake), the
 * servers that did not answer (the checks queued for them conclude from that instead of waiting
 * another timeout each), the user name format each domain's servers accepted, and whether this
 * computer is offline (asked once).
 */
final class ProbeMemory {

    /** The trust decision for one host and the TLS context built on it. */
    record Tls(ServerTrustManager trustManager, SSLContext context) {
    }

    private final CertificateTrust trust;
    private final Connectivity connectivity;
    private final Map<String, Tls> tls = new ConcurrentHashMap<>();
    private final Map<String, Instant> silent = new ConcurrentHashMap<>();
    private final Map<String, UsernameFormat> learned = new ConcurrentHashMap<>();
    private volatile Boolean offline;

    ProbeMemory(CertificateTrust trust, Connectivity connectivity) {
        this.trust = trust;
        this.connectivity = connectivity;
    }

    /** The TLS context of the current trust decision for {@code host}: a certificate accepted meanwhile makes a new one. */
    Tls tls(HostName host) {
        Set<String> fingerprints = trust.acceptedFor(host);
        return tls.computeIfAbsent(host.ascii() + " " + new TreeSet<>(fingerprints), key -> {
            ServerTrustManager manager = trust.forHost(host, fingerprints);
            return new Tls(manager, MailLogin.sslContext(manager));
        });
    }

    void timedOut(Endpoint endpoint, Instant at) {
        silent.putIfAbsent(key(endpoint), at);
    }

    /** When the endpoint did not answer earlier in this run. */
    Optional<Instant> silentSince(Endpoint endpoint) {
        return Optional.ofNullable(silent.get(key(endpoint)));
    }

    void learn(String domain, UsernameFormat format) {
        learned.put(domain, format);
    }

    Optional<UsernameFormat> learned(String domain) {
        return Optional.ofNullable(learned.get(domain));
    }

    boolean offline() {
        Boolean known = offline;
        if (known == null) {
            known = connectivity.offline();
            offline = known;
        }
        return known;
    }

    static String key(Endpoint endpoint) {
        return endpoint.host().ascii() + ":" + endpoint.port().number();
    }
}
