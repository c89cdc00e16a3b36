package ch.mailbench.core.probe;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.ModernAuthProviders;
import ch.mailbench.core.port.PasswordSource;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.task.ProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Tests mailboxes with real logins and records what it found: every attempt becomes a
 * {@link Verification}, every finished mailbox gets its last check.
 *
 * <p>The working user name format: when every tested login server of a mailbox accepted the same
 * format and it is not the recorded one, a mailbox with its own settings gets it written into
 * them at once (it concerns that mailbox only). A mailbox using its domain's settings does not
 * silently rewrite the domain, which would change the settings of every other mailbox of that
 * domain; the report suggests the format and {@link #useWorkingFormat} applies it when the
 * technician says so.
 *
 * <p>All methods block on network and database: call them off the Event Dispatch Thread.
 */
public final class VerificationService {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationService.class);

    private final Store store;
    private final PasswordSource passwords;
    private final CertificateTrust trust;
    private final OutcomeTexts texts;
    private final Connectivity connectivity;
    private final Clock clock;
    private final ModernAuthProviders modernAuth;
    private final Supplier<Optional<HostResolver>> resolver;

    /** @param modernAuth tells which domains' providers refuse plain passwords, to explain a refused login */
    public VerificationService(Store store, PasswordSource passwords, CertificateTrust trust, OutcomeTexts texts,
                               Connectivity connectivity, Clock clock, ModernAuthProviders modernAuth) {
        this(store, passwords, trust, texts, connectivity, clock, modernAuth, Optional::empty);
    }

    /**
     * @param resolver the DNS resolver the technician set, when any (asked at the start of each run): checks
     *                 whose options name none connect to the addresses it returns
     */
    public VerificationService(Store store, PasswordSource passwords, CertificateTrust trust, OutcomeTexts texts,
                               Connectivity connectivity, Clock clock, ModernAuthProviders modernAuth,
                               Supplier<Optional<HostResolver>> resolver) {
        this.modernAuth = Objects.requireNonNull(modernAuth, "modernAuth");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.store = Objects.requireNonNull(store, "store");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The mailboxes a selection names. @throws IllegalArgumentException naming what was not found */
    public List<Mailbox> select(MailboxSelection selection) {
        Repositories repositories = store.repositories();
        if (selection instanceof MailboxSelection.One one) {
            return List.of(repositories.mailboxes().findByAddress(one.address())
                    .orElseThrow(() -> new IllegalArgumentException("No mailbox " + one.address() + " is recorded")));
        }
        if (selection instanceof MailboxSelection.OfDomain of) {
            return repositories.mailboxes().findByDomain(repositories.domains().findByName(of.domain())
                    .orElseThrow(() -> new IllegalArgumentException("No domain " + of.domain() + " is recorded")).id());
        }
        if (selection instanceof MailboxSelection.OfCustomer of) {
            return repositories.mailboxes().findByCustomer(repositories.customers().findByName(of.customerName())
                    .map(Customer::id).orElseThrow(() -> new IllegalArgumentException(
                            "No customer named \"" + of.customerName() + "\" is recorded")));
        }
        return repositories.mailboxes().findAll();
    }

    /** Tests the mailboxes; stops promptly when the monitor is cancelled. Reports come in input order. */
    public List<MailboxReport> verify(List<Mailbox> mailboxes, ProbeOptions options, ProgressMonitor monitor) {
        return verify(mailboxes, options, monitor, report -> { });
    }

    /**
     * As {@link #verify(List, ProbeOptions, ProgressMonitor)}, telling {@code listener} about each
     * mailbox as soon as its result is recorded (from worker threads), so a console can update rows
     * live. Cancelling the monitor closes every open connection at once; results recorded until
     * then stay recorded.
     */
    public List<MailboxReport> verify(List<Mailbox> mailboxes, ProbeOptions options, ProgressMonitor monitor,
                                      VerificationListener listener) {
        ScheduledExecutorService timers = timers("mailbench-check-timer");
        try {
            ServerProbe probe = new ServerProbe(trust, timers, connectivity, clock);
            return run(mailboxes, options, monitor, listener, probe);
        } finally {
            timers.shutdownNow();
            monitor.done();
        }
    }

    private List<MailboxReport> run(List<Mailbox> mailboxes, ProbeOptions given, ProgressMonitor monitor,
                                    VerificationListener listener, ServerProbe probe) {
        ProbeOptions options = given.resolver().isPresent() ? given : resolver.get().map(given::withResolver).orElse(given);
        monitor.begin("Testing " + mailboxes.size() + " mailbox(es)", mailboxes.size());
        List<MailboxJob> jobs = new ArrayList<>();
        List<HostScheduler.HostTask> tasks = new ArrayList<>();
        // The catalog reads own providers from the database: once per domain and settings, not per mailbox.
        Map<List<Object>, Optional<String>> modernAuthBySettings = new HashMap<>();
        // By MX only after a refused login (a DNS query), once per domain; checks run in parallel.
        Map<Long, Optional<String>> modernAuthByMx = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Long, Optional<UsernameFormat>> learnedBefore = new HashMap<>();
        for (Mailbox mailbox : mailboxes) {
            MailboxJob job = plan(mailbox);
            ServerSettings settings = mailbox.effectiveSettings(job.domain());
            Optional<String> modernAuthProvider = modernAuthBySettings.computeIfAbsent(List.of(job.domain().id(), settings),
                    key -> modernAuth.requiring(job.domain(), settings));
            jobs.add(job);
            String domainKey = Long.toString(job.domain().id());
            learnedBefore.computeIfAbsent(job.domain().id(), id -> {
                Optional<UsernameFormat> learned = store.repositories().domains().learnedFormat(id);
                learned.ifPresent(format -> probe.remember(domainKey, format));
                return learned;
            });
            if (job.targets().isEmpty()) {
                job.finish(this, monitor, listener);
            }
            for (ServerTarget target : job.targets()) {
                String server = ProbeMemory.key(target.endpoint());
                tasks.add(new HostScheduler.HostTask(target.endpoint().host().ascii(), List.of(server, domainKey + "|" + server), () -> {
                    monitor.subTask(mailbox.address() + " — " + target.protocol());
                    ServerReport report = new ServerReport(target.role(), Optional.of(target), List.of());
                    try {
                        ServerReport checked = probe.check(target, mailbox.address(), job.format(), domainKey,
                                job.lease().password(), mailbox.allowPlaintextLogin(), options, monitor);
                        Optional<String> provider = modernAuthProvider.isPresent() || !ModernAuthDiagnosis.loginRefused(checked)
                                ? modernAuthProvider
                                : modernAuthByMx.computeIfAbsent(job.domain().id(), id -> modernAuth.requiringByMx(job.domain()));
                        report = ModernAuthDiagnosis.explain(checked, provider);
                        record(mailbox, report);
                    } catch (RuntimeException e) {
                        // One mailbox's trouble (say, a database error while recording) must not stall the run.
                        LOG.warn("Checking {} of {} failed: {}", target.protocol(), mailbox.address(), e.toString());
                    } finally {
                        job.lease().release();
                        if (job.serverDone(report)) {
                            job.finish(this, monitor, listener);
                        }
                    }
                }));
            }
        }
        try {
            new HostScheduler(options.perHostLimit(), options.globalLimit()).runAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rememberLearnedFormats(learnedBefore, probe);
        return jobs.stream().map(MailboxJob::report).toList();
    }

    /** The user name format a domain's servers accepted in this run, kept on the domain for the next run. */
    private void rememberLearnedFormats(Map<Long, Optional<UsernameFormat>> before, ServerProbe probe) {
        before.forEach((domainId, old) -> probe.learned(Long.toString(domainId))
                .filter(format -> !old.equals(Optional.of(format)))
                .ifPresent(format -> {
                    try {
                        store.repositories().domains().recordLearnedFormat(domainId, format);
                    } catch (RuntimeException e) {
                        LOG.warn("Could not record the user name format learned for domain {}: {}", domainId, e.toString());
                    }
                }));
    }

    private MailboxJob plan(Mailbox mailbox) {
        MailDomain domain = store.repositories().domains().findById(mailbox.domainId())
                .orElseThrow(() -> new IllegalStateException("The domain of " + mailbox.address() + " is missing"));
        ServerSettings settings = mailbox.effectiveSettings(domain);
        Optional<ServerTarget> incoming = incomingTarget(settings);
        Optional<ServerTarget> smtp = smtpTarget(settings);
        return new MailboxJob(mailbox, domain, settings, incoming, smtp,
                new PasswordLease(passwords, mailbox, (incoming.isPresent() ? 1 : 0) + (smtp.isPresent() ? 1 : 0)));
    }

    private static Optional<ServerTarget> incomingTarget(ServerSettings settings) {
        return settings.type().incomingProtocol().flatMap(protocol -> settings.incoming()
                .map(endpoint -> new ServerTarget(ServerRole.INCOMING, protocol, endpoint, true)));
    }

    private static Optional<ServerTarget> smtpTarget(ServerSettings settings) {
        return settings.outgoing().map(endpoint -> new ServerTarget(ServerRole.SMTP, Protocol.SMTP, endpoint, settings.smtpAuth()));
    }

    /**
     * "Test now" in the mailbox dialog: checks {@code mailbox} (as typed, maybe not stored yet) of
     * {@code domain} with the same probe as {@link #verify}, logging in with {@code password}, and records
     * nothing — no history, no last check, no learned format: the dialog saves when the technician says so.
     * Without a typed {@code password}, a stored mailbox logs in with its stored one (the vault may ask to be
     * unlocked). Cancelling the monitor closes the open connections. Clears {@code typed} when done.
     */
    public MailboxReport trial(Mailbox mailbox, MailDomain domain, Optional<char[]> typed, ProbeOptions given,
                               ProgressMonitor monitor) {
        Optional<char[]> password = typed.isPresent() || !mailbox.isStored() ? typed : passwords.passwordFor(mailbox);
        ProbeOptions options = given.resolver().isPresent() ? given : resolver.get().map(given::withResolver).orElse(given);
        ServerSettings settings = mailbox.effectiveSettings(domain);
        ScheduledExecutorService timers = timers("mailbench-trial-timer");
        try {
            ServerProbe probe = new ServerProbe(trust, timers, connectivity, clock);
            monitor.begin("Testing " + mailbox.address(), 2);
            Optional<String> provider = modernAuth.requiring(domain, settings);
            List<ServerReport> reports = new ArrayList<>();
            for (Optional<ServerTarget> target : List.of(incomingTarget(settings), smtpTarget(settings))) {
                ServerRole role = reports.isEmpty() ? ServerRole.INCOMING : ServerRole.SMTP;
                reports.add(target.filter(t -> !monitor.isCancelled()).map(t -> {
                    monitor.subTask(mailbox.address() + " — " + t.protocol());
                    return ModernAuthDiagnosis.explain(probe.check(t, mailbox.address(), settings.usernameFormat(), password,
                            mailbox.allowPlaintextLogin(), options, monitor), provider);
                }).orElse(new ServerReport(role, target, List.of())));
                monitor.worked(1);
            }
            return new MailboxReport(mailbox, domain.name().unicode(), mailbox.inheritsDomainSettings(), reports.get(0),
                    reports.get(1), settings.usernameFormat(), workingFormat(reports.get(0), reports.get(1)), false);
        } finally {
            timers.shutdownNow();
            monitor.done();
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
    }

    /** The user name format every tested login server accepted, when they all passed with the same one. */
    private static Optional<UsernameFormat> workingFormat(ServerReport incoming, ServerReport smtp) {
        List<ServerReport> logins = new ArrayList<>();
        for (ServerReport server : List.of(incoming, smtp)) {
            if (server.tested() && server.target().map(ServerTarget::login).orElse(false)) {
                logins.add(server);
            }
        }
        return logins.isEmpty() || !logins.stream().allMatch(ServerReport::passed)
                ? Optional.empty()
                : logins.get(0).workingFormat().filter(f -> logins.stream().allMatch(s -> s.workingFormat().equals(Optional.of(f))));
    }

    private void record(Mailbox mailbox, ServerReport report) {
        ServerTarget target = report.target().orElseThrow();
        store.inTransaction(repositories -> {
            for (Attempt attempt : report.attempts()) {
                repositories.verifications().add(new Verification(0, mailbox.id(), clock.instant(), target.protocol(),
                        target.endpoint(), attempt.username(), attempt.usernameFormat(), attempt.outcome(),
                        attempt.latencyMillis(), attempt.certificate(), attempt.greeting(), message(attempt.diagnosis())));
            }
            return null;
        });
    }

    /** The explanation in the user's language, with the technical detail for whoever digs deeper. */
    private String message(Diagnosis diagnosis) {
        String explanation = texts.explanation(diagnosis);
        return diagnosis.technicalDetail().isEmpty() ? explanation : explanation + " [" + diagnosis.technicalDetail() + "]";
    }

    /** Called once per mailbox when its last server check is done: last check and working format. */
    MailboxReport conclude(MailboxJob job, ServerReport incoming, ServerReport smtp) {
        Optional<UsernameFormat> working = workingFormat(incoming, smtp);
        Mailbox mailbox = job.mailbox();
        boolean updated = false;
        MailboxReport draft = new MailboxReport(mailbox, job.domain().name().unicode(), mailbox.inheritsDomainSettings(),
                incoming, smtp, job.format(), working, false);
        if (!draft.real()) {
            // No login was tried (no password, offline, cancelled): the history has it, the last real result stays.
            return draft;
        }
        LastCheck last = new LastCheck(clock.instant(), draft.summary(), SettingsText.format(job.settings()));
        if (working.isPresent() && !working.get().equals(job.format()) && mailbox.ownSettings().isPresent()) {
            updated = writeOwnFormat(mailbox, working.get(), last);
        }
        if (!updated) {
            store.repositories().mailboxes().recordLastCheck(mailbox.id(), last);
        }
        return new MailboxReport(mailbox.withLastCheck(last), draft.domainName(), draft.inheritsDomainSettings(),
                incoming, smtp, job.format(), working, updated);
    }

    private boolean writeOwnFormat(Mailbox mailbox, UsernameFormat format, LastCheck last) {
        try {
            store.inTransaction(repositories -> {
                repositories.mailboxes().update(mailbox.withOwnSettings(mailbox.ownSettings().map(s -> s.withUsernameFormat(format))));
                repositories.mailboxes().recordLastCheck(mailbox.id(), last);
                return null;
            });
            return true;
        } catch (StaleDataException e) {
            LOG.info("Not recording the working user name format of {}: it was edited during the check", mailbox.address());
            return false;
        }
    }

    /**
     * "Use these settings": writes the report's suggested format where the mailbox's settings live —
     * its own, or its domain's (then it applies to every mailbox of the domain that uses them).
     *
     * @return the updated mailbox as stored now
     * @throws StaleDataException when the mailbox or domain was edited since the check
     */
    public Mailbox useWorkingFormat(MailboxReport report) {
        UsernameFormat format = report.suggestedFormat()
                .orElseThrow(() -> new IllegalArgumentException("The check of " + report.mailbox().address() + " suggests no other user name format"));
        return store.inTransaction(repositories -> {
            Mailbox mailbox = repositories.mailboxes().findById(report.mailbox().id())
                    .orElseThrow(() -> new StaleDataException("Mailbox " + report.mailbox().address()));
            if (mailbox.ownSettings().isPresent()) {
                return repositories.mailboxes().update(mailbox.withOwnSettings(mailbox.ownSettings().map(s -> s.withUsernameFormat(format))));
            }
            MailDomain domain = repositories.domains().findById(mailbox.domainId())
                    .orElseThrow(() -> new StaleDataException("The domain of " + mailbox.address()));
            repositories.domains().update(domain.withDefaults(domain.defaults().withUsernameFormat(format)));
            return mailbox;
        });
    }

    /** The mailbox's past checks, newest first. */
    public List<Verification> history(Mailbox mailbox, int limit) {
        return store.repositories().verifications().findByMailbox(mailbox.id(), limit);
    }

    /** One daemon thread for the probes' time limits; the caller shuts it down when its run ends. */
    private static ScheduledExecutorService timers(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
