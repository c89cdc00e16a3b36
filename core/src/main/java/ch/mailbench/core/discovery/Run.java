package ch.mailbench.core.discovery;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shared state of one discovery run, handed to every source: the address, the deadline every
 * source works to, the network helpers, and the sink the candidates go into. Probes of the same
 * server are made once per run, whichever source names it first.
 */
final class Run {

    private static final long CANCEL_CHECK_MILLIS = 100;

    final EmailAddress address;
    final DiscoveryOptions options;
    final Instant deadline;
    /** Probes of servers named late may run until here, never longer. */
    final Instant hardStop;
    final Dns dns;
    final Connections connections;
    final HttpFetcher http;
    final ProviderCatalog catalog;
    private final MailGreeter greeter;
    private final ExecutorService executor;
    private final DiscoveryListener listener;
    private final List<Candidate> found = new ArrayList<>();
    private final List<ExchangeCandidate> exchange = new ArrayList<>();
    private final Map<String, CompletableFuture<MailGreeter.Answer>> probes = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    Run(EmailAddress address, DiscoveryOptions options, Instant deadline, Instant hardStop, Dns dns, Connections connections, Tls tls,
        ProviderCatalog catalog, ExecutorService executor, DiscoveryListener listener) {
        this.address = address;
        this.options = options;
        this.deadline = deadline;
        this.hardStop = hardStop;
        this.dns = dns;
        this.connections = connections;
        this.http = new HttpFetcher(connections, tls, options.ports());
        this.greeter = new MailGreeter(connections, tls, options.ports());
        this.catalog = catalog;
        this.executor = executor;
        this.listener = listener;
    }

    /** A source found a candidate: keep it, tell the listener, and start probing its server (once per server). */
    void offer(Candidate candidate) {
        synchronized (found) {
            found.add(candidate);
        }
        listener.candidateFound(candidate);
        probe(candidate.protocol(), candidate.endpoint());
    }

    /** Autodiscover named an Exchange server: kept, not probed (it speaks HTTPS, not a mail protocol). */
    void offerExchange(ExchangeCandidate candidate) {
        synchronized (exchange) {
            exchange.add(candidate);
        }
    }

    /** The Exchange servers named, best first. */
    List<ExchangeCandidate> exchange() {
        synchronized (exchange) {
            return exchange.stream().sorted(java.util.Comparator.comparingInt(ExchangeCandidate::score).reversed()).toList();
        }
    }

    /** One timeout from now, but never past the hard stop: a silent server costs one timeout. */
    private Instant probeDeadline() {
        Instant full = Instant.now().plus(options.timeout());
        return full.isBefore(hardStop) ? full : hardStop;
    }

    List<Candidate> found() {
        synchronized (found) {
            return List.copyOf(found);
        }
    }

    /** The greeting probe of this server, started now or earlier in this run. */
    CompletableFuture<MailGreeter.Answer> probe(Protocol protocol, Endpoint endpoint) {
        return probes.computeIfAbsent(key(protocol, endpoint), k -> CompletableFuture.supplyAsync(
                () -> cancelled ? MailGreeter.Answer.failed(Evidence.of(Evidence.Kind.CANCELLED))
                        : greeter.greet(protocol, endpoint, probeDeadline()), executor));
    }

    /** The probe's answer if it has finished by now. */
    MailGreeter.Answer answerIfDone(Protocol protocol, Endpoint endpoint) {
        CompletableFuture<MailGreeter.Answer> probe = probes.get(key(protocol, endpoint));
        return probe != null && probe.isDone() && !probe.isCompletedExceptionally() ? probe.join() : null;
    }

    List<CompletableFuture<MailGreeter.Answer>> allProbes() {
        return List.copyOf(probes.values());
    }

    static String key(Protocol protocol, Endpoint endpoint) {
        return protocol + " " + endpoint.host().ascii() + ":" + endpoint.port().number() + " " + endpoint.security();
    }

    /**
     * Waits for {@code future} until {@code until}, or until the run is cancelled, whichever comes
     * first. Work that cannot be interrupted (a DNS query) is left behind, not waited for.
     *
     * @throws TimeoutException when the time is up or the run was cancelled
     */
    <T> T await(Future<T> future, Instant until) throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            if (cancelled) {
                throw new TimeoutException("cancelled");
            }
            long left = Duration.between(Instant.now(), until).toMillis();
            try {
                return future.get(Math.max(0, Math.min(left, CANCEL_CHECK_MILLIS)), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (left <= CANCEL_CHECK_MILLIS) {
                    throw e;
                }
            }
        }
    }

    void cancel() {
        cancelled = true;
        connections.close();
    }

    boolean cancelled() {
        return cancelled;
    }

    ExecutorService executor() {
        return executor;
    }
}
