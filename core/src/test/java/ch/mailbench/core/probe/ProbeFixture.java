package ch.mailbench.core.probe;

import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.probe.testing.TestPki;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A server probe that trusts the test CA (instead of the JDK's authorities) plus whatever the
 * test accepts per host, in memory. The SQLite-backed acceptance is tested in the app module.
 */
final class ProbeFixture implements AutoCloseable {

    final List<TrustedCertificate> accepted = new ArrayList<>();
    final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    final CertificateTrust trust = new CertificateTrust(TestPki.get().caTrust(), new InMemoryTrust());
    final ServerProbe probe = new ServerProbe(trust, timers);

    @Override
    public void close() {
        timers.shutdownNow();
    }

    private final class InMemoryTrust implements TrustedCertificateRepository {
        @Override
        public TrustedCertificate trust(TrustedCertificate certificate) {
            accepted.add(certificate);
            return certificate;
        }

        @Override
        public void revoke(long id, Instant at) {
            accepted.removeIf(c -> c.id() == id);
        }

        @Override
        public List<TrustedCertificate> activeFor(HostName host) {
            return accepted.stream().filter(c -> c.host().equals(host)).toList();
        }

        @Override
        public List<TrustedCertificate> allActive() {
            return List.copyOf(accepted);
        }
    }
}
