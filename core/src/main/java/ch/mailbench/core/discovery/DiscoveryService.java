package ch.mailbench.core.discovery;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.probe.Attempt;
import ch.mailbench.core.probe.CertificateTrust;
import ch.mailbench.core.probe.Diagnosis;
import ch.mailbench.core.probe.ModernAuthDiagnosis;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.ServerProbe;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerRole;
import ch.mailbench.core.probe.ServerTarget;
import ch.mailbench.core.profile.AutoconfigParser;
import ch.mailbench.core.profile.AutodiscoverParser;
import ch.mailbench.core.task.ProgressMonitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.X509TrustManager;

/**
 * Finds the settings of an address nobody documented. The sources — provider catalog,
 * autoconfig, autodiscover, DNS, guessing — run in parallel against one deadline; every server
 * they name is probed once (greeting and capabilities, no login); the candidates come back
 * merged and ranked with their evidence. With a password, the best incoming and SMTP candidates
 * are confirmed with real logins through the connection tester, including its user name fallback
 * (at most two candidates per role, and never again after the password was refused).
 *
 * <p>Blocks on the network: call it off the Event Dispatch Thread. Cancelling the monitor stops
 * the run promptly (open sockets are closed).
 */
public final class DiscoveryService {

    private static final int CONFIRM_PER_ROLE = 2;
    private static final long POLL_MILLIS = 100;

    private final ProviderCatalog catalog;
    private final X509TrustManager authorities;
    private final CertificateTrust loginTrust;

    /**
     * @param authorities the authorities discovery's own connections trust (the JDK's, or a test CA)
     * @param loginTrust  what the confirming logins trust (authorities plus per-host accepted certificates)
     */
    public DiscoveryService(ProviderCatalog catalog, X509TrustManager authorities, CertificateTrust loginTrust) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.authorities = Objects.requireNonNull(authorities, "authorities");
        this.loginTrust = Objects.requireNonNull(loginTrust, "loginTrust");
    }

    public ProviderCatalog catalog() {
        return catalog;
    }

    /**
     * Runs every source and returns the ranked candidates. {@code password} (read, never kept or
     * cleared) asks for confirming logins. Progress: one unit per source, one for the logins.
     */
    public DiscoveryResult discover(EmailAddress address, Optional<char[]> password, DiscoveryOptions options,
                                    ProgressMonitor monitor, DiscoveryListener listener) {
        Instant start = Instant.now();
        Instant deadline = start.plus(options.timeout());
        // Probes of servers named late get half a timeout more; nothing outlives this.
        Instant hardStop = deadline.plus(options.timeout().dividedBy(2));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mailbench-discovery-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mailbench-discovery-timer");
            thread.setDaemon(true);
            return thread;
        });
        Dns dns = new Dns(options.dnsServer(), options.timeout());
        Connections connections = new Connections(dns);
        Run run = new Run(address, options, deadline, hardStop, dns, connections, new Tls(authorities), catalog, executor, listener);
        List<DiscoverySource> sources = List.of(new CatalogSource(), new AutoconfigSource(new AutoconfigParser()),
                new AutodiscoverSource(new AutodiscoverParser()), new DnsSource(), new GuessSource());
        try {
            timers.scheduleAtFixedRate(() -> {
                if (monitor.isCancelled()) {
                    run.cancel();
                }
            }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            timers.schedule(connections::close, Duration.between(Instant.now(), hardStop).toMillis(), TimeUnit.MILLISECONDS);
            monitor.begin("Finding the settings of " + address.unicode(), sources.size() + (password.isPresent() ? 1 : 0));
            List<SourceReport> reports = runSources(run, sources, monitor, listener);
            awaitProbes(run, hardStop);
            List<Candidate> ranked = Ranking.rank(run.found(), run::answerIfDone);
            boolean tried = false;
            if (password.isPresent() && !run.cancelled()) {
                monitor.subTask("Confirming with a login");
                ranked = confirm(ranked, address, password.get(), options, connections, timers, monitor);
                tried = true;
                monitor.worked(1);
            }
            return new DiscoveryResult(address, ranked, choose(ranked, true), choose(ranked, false), run.exchange(), reports,
                    tried, run.cancelled());
        } finally {
            connections.close();
            executor.shutdownNow();
            timers.shutdownNow();
            monitor.done();
        }
    }

    private List<SourceReport> runSources(Run run, List<DiscoverySource> sources, ProgressMonitor monitor,
                                          DiscoveryListener listener) {
        List<CompletableFuture<SourceReport>> futures = new ArrayList<>();
        // A source given up on may still finish later: the listener hears of each source once.
        java.util.Set<Source> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (DiscoverySource source : sources) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                listener.sourceStarted(source.kind());
                monitor.subTask(EvidenceTexts.english().label(source.kind()));
                long started = System.nanoTime();
                SourceReport report;
                try {
                    report = source.find(run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    report = new SourceReport(source.kind(), SourceReport.State.CANCELLED, List.of(Evidence.of(Evidence.Kind.STOPPED)), 0);
                } catch (Exception e) {
                    report = new SourceReport(source.kind(), run.cancelled() ? SourceReport.State.CANCELLED : SourceReport.State.FAILED,
                            List.of(Evidence.of(Evidence.Kind.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), 0);
                }
                report = new SourceReport(report.source(), run.cancelled() ? SourceReport.State.CANCELLED : report.state(),
                        report.summary(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                if (told.add(report.source())) {
                    listener.sourceFinished(report);
                    monitor.worked(1);
                }
                return report;
            }, run.executor()));
        }
        List<SourceReport> reports = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Source kind = sources.get(i).kind();
            try {
                // The sources keep to the deadline themselves; the margin covers the guesses' staggered starts.
                reports.add(run.await(futures.get(i), run.hardStop));
            } catch (TimeoutException e) {
                SourceReport report = run.cancelled()
                        ? new SourceReport(kind, SourceReport.State.CANCELLED, List.of(Evidence.of(Evidence.Kind.STOPPED)), 0)
                        : new SourceReport(kind, SourceReport.State.TIMED_OUT, List.of(Evidence.of(Evidence.Kind.NO_RESULT_IN_TIME)), 0);
                if (told.add(kind)) {
                    listener.sourceFinished(report);
                    monitor.worked(1);
                }
                reports.add(report);
            } catch (ExecutionException e) {
                reports.add(new SourceReport(kind, SourceReport.State.FAILED, List.of(Evidence.of(Evidence.Kind.FAILED, String.valueOf(e.getCause()))), 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run.cancel();
                reports.add(new SourceReport(kind, SourceReport.State.CANCELLED, List.of(Evidence.of(Evidence.Kind.STOPPED)), 0));
            }
        }
        return reports;
    }

    private static void awaitProbes(Run run, Instant hardStop) {
        for (CompletableFuture<MailGreeter.Answer> probe : run.allProbes()) {
            try {
                run.await(probe, hardStop);
            } catch (TimeoutException | ExecutionException e) {
                // An unfinished probe leaves its candidate "not checked"; the ranking copes.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Candidate> confirm(List<Candidate> ranked, EmailAddress address, char[] password, DiscoveryOptions options,
                                    Connections connections, ScheduledExecutorService timers, ProgressMonitor monitor) {
        ServerProbe probe = new ServerProbe(loginTrust, timers);
        // With --dns, the logins connect where the probes did: the addresses that resolver gives.
        ProbeOptions probeOptions = ProbeOptions.defaults().withTimeout(options.timeout())
                .withResolver(host -> connections.resolve(host).get(0));
        List<Candidate> result = new ArrayList<>(ranked);
        for (boolean incoming : List.of(true, false)) {
            int tried = 0;
            for (int i = 0; i < result.size() && tried < CONFIRM_PER_ROLE && !monitor.isCancelled(); i++) {
                Candidate candidate = result.get(i);
                if (candidate.incoming() != incoming || candidate.score() < 0) {
                    continue;
                }
                tried++;
                Endpoint endpoint = candidate.endpoint();
                Endpoint dialled = new Endpoint(endpoint.host(), Port.of(options.ports().mail(endpoint.port().number())), endpoint.security());
                ServerTarget target = new ServerTarget(incoming ? ServerRole.INCOMING : ServerRole.SMTP, candidate.protocol(), dialled, true);
                ServerReport report = probe.check(target, address, candidate.usernameFormat(), Optional.of(password), false,
                        probeOptions, monitor);
                Attempt verdict = report.verdict().orElseThrow();
                // A refused login sent credentials: at a provider that refuses plain passwords, that is the likelier reason.
                Diagnosis diagnosis = verdict.outcome() == Outcome.AUTH_FAILED && verdict.sentCredentials() && candidate.modernAuthRequired()
                        ? ModernAuthDiagnosis.refusal(candidate.provider(), verdict.diagnosis().technicalDetail()) : verdict.diagnosis();
                Confirmation confirmation = new Confirmation(verdict.usernameFormat(), verdict.latencyMillis(), diagnosis);
                List<Evidence> evidence = new ArrayList<>(candidate.evidence());
                evidence.add(verdict.passed() ? Evidence.of(Evidence.Kind.LOGIN_CONFIRMED, verdict.username())
                        : Evidence.of(Evidence.Kind.LOGIN_FAILED, verdict.outcome()));
                int score = candidate.score() + (verdict.passed() ? Ranking.CONFIRMED : verdict.outcome() == Outcome.AUTH_FAILED ? 0 : -100);
                Candidate confirmed = new Candidate(candidate.protocol(), candidate.endpoint(),
                        verdict.passed() ? verdict.usernameFormat() : candidate.usernameFormat(), candidate.source(), score,
                        evidence, candidate.certificate(), verdict.certificate().or(candidate::certificateInfo),
                        candidate.modernAuthRequired(), candidate.provider(), Optional.of(confirmation));
                result.set(i, confirmed);
                // A refused password is not tried on more servers: providers lock accounts after a few failures.
                if (verdict.passed() || verdict.outcome() == Outcome.AUTH_FAILED) {
                    break;
                }
            }
        }
        return Ranking.sort(result);
    }

    /** The best candidate of a role (a confirmed one ranks above every unconfirmed one). */
    private static Optional<Candidate> choose(List<Candidate> ranked, boolean incoming) {
        return ranked.stream().filter(c -> c.incoming() == incoming && c.score() >= 0).findFirst();
    }

}
