package ch.mailbench.core.probe;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.task.ProgressMonitor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Checks servers of mailboxes within one run. The seed's tip, automated: log in with the recorded
 * user name format; when the server refuses the login, try the other format (full address and
 * part before the @ swap) once. Never more than two login attempts per server per mailbox —
 * providers lock accounts after more.
 *
 * <p>Gentle across a run, because one instance is one run: the format a domain's server accepted
 * is tried first for the domain's other mailboxes; a server that did not answer is not waited for
 * again (its later checks conclude "the same server did not answer at 10:42:05"); TLS sessions are
 * resumed; and when this computer is offline, an unreachable server is "not tested", not failing.
 * Cancelling the monitor closes the open connections at once.
 */
public final class ServerProbe {

    static final int MAX_LOGIN_ATTEMPTS = 2;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MailLogin login;
    private final ProbeMemory memory;
    private final Clock clock;

    /** @param timers runs the per-attempt deadlines; owned by the caller */
    public ServerProbe(CertificateTrust trust, ScheduledExecutorService timers) {
        this(trust, timers, Connectivity.system(), Clock.systemDefaultZone());
    }

    public ServerProbe(CertificateTrust trust, ScheduledExecutorService timers, Connectivity connectivity, Clock clock) {
        this.login = new MailLogin(timers, new FailureClassifier());
        this.memory = new ProbeMemory(trust, connectivity);
        this.clock = clock;
    }

    /**
     * Checks one server on the calling thread: at most two login attempts.
     * {@code password} is read, never cleared (the caller owns it); required when the target logs in.
     */
    public ServerReport check(ServerTarget target, EmailAddress address, UsernameFormat recorded, Optional<char[]> password,
                              boolean allowPlaintext, ProbeOptions options, ProgressMonitor monitor) {
        return check(target, address, recorded, "", password, allowPlaintext, options, monitor);
    }

    /**
     * As above, learning per {@code domain}: the format that worked for one of its mailboxes is
     * tried first for the others, so a domain whose server wants the other format costs at most one
     * refused login per server (given the checks of one domain and server do not overlap, see
     * {@link HostScheduler}).
     */
    ServerReport check(ServerTarget target, EmailAddress address, UsernameFormat recorded, String domain,
                       Optional<char[]> password, boolean allowPlaintext, ProbeOptions options, ProgressMonitor monitor) {
        UsernameFormat first = recorded.kind() == UsernameFormat.Kind.CUSTOM ? recorded
                : memory.learned(domain).filter(f -> !domain.isEmpty()).orElse(recorded);
        Optional<Instant> silentSince = memory.silentSince(target.endpoint());
        if (silentSince.isPresent()) {
            String at = LocalTime.ofInstant(silentSince.get(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS).format(CLOCK_TIME);
            return single(target, address, first, Diagnosis.of(Outcome.TIMEOUT, "sameServer", "",
                    at, Long.toString(options.timeout().toSeconds())));
        }
        if (target.login() && password.isEmpty()) {
            return single(target, address, first, Diagnosis.of(Outcome.NEEDS_PASSWORD, "", ""));
        }
        char[] secret = password.orElse(new char[0]);
        ProbeMemory.Tls tls = memory.tls(target.endpoint().host());
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(attempt(target, address, first, secret, allowPlaintext, options, tls, monitor));
        Optional<UsernameFormat> other = (first.equals(recorded) ? recorded.alternative() : Optional.of(recorded))
                .filter(alternative -> !alternative.usernameFor(address).equals(first.usernameFor(address)));
        if (attempts.get(0).outcome() == Outcome.AUTH_FAILED && target.login() && other.isPresent()
                && attempts.size() < MAX_LOGIN_ATTEMPTS && !monitor.isCancelled()) {
            attempts.add(attempt(target, address, other.get(), secret, allowPlaintext, options, tls, monitor));
        }
        Attempt verdict = attempts.get(attempts.size() - 1);
        if (verdict.passed() && target.login() && !domain.isEmpty() && verdict.usernameFormat().kind() != UsernameFormat.Kind.CUSTOM) {
            memory.learn(domain, verdict.usernameFormat());
        }
        return new ServerReport(target.role(), Optional.of(target), attempts);
    }

    /** Seeds what an earlier run recorded on the domain. */
    void remember(String domain, UsernameFormat format) {
        memory.learn(domain, format);
    }

    Optional<UsernameFormat> learned(String domain) {
        return memory.learned(domain);
    }

    private Attempt attempt(ServerTarget target, EmailAddress address, UsernameFormat format, char[] secret,
                            boolean allowPlaintext, ProbeOptions options, ProbeMemory.Tls tls, ProgressMonitor monitor) {
        Attempt attempt = login.attempt(target, format.usernameFor(address), format, secret, allowPlaintext, options, tls, monitor);
        boolean offline = unreachable(attempt.diagnosis()) && memory.offline();
        if (attempt.outcome() == Outcome.TIMEOUT && !offline) {
            memory.timedOut(target.endpoint(), clock.instant());
        }
        if (offline) {
            return new Attempt(attempt.username(), format, Diagnosis.of(Outcome.NOT_TESTED, "",
                    attempt.diagnosis().technicalDetail()), attempt.latencyMillis(), Optional.empty(), "",
                    attempt.transcript(), attempt.sentCredentials());
        }
        return attempt;
    }

    /** A name that did not resolve or a network that could not be reached: maybe this computer's fault. */
    private static boolean unreachable(Diagnosis diagnosis) {
        return diagnosis.outcome() == Outcome.HOST_NOT_FOUND
                || (diagnosis.outcome() == Outcome.TIMEOUT && diagnosis.variant().equals("connect"));
    }

    /** A server report concluded without connecting. */
    private static ServerReport single(ServerTarget target, EmailAddress address, UsernameFormat format, Diagnosis diagnosis) {
        return new ServerReport(target.role(), Optional.of(target), List.of(new Attempt(format.usernameFor(address), format,
                diagnosis, 0, Optional.empty(), "", Optional.empty(), false)));
    }
}
