package ch.mailbench.core.probe;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Checks one server of a mailbox. The seed's tip, automated: log in with the recorded user name format; when the
 * server refuses the login, try the other format (full address and part before the @ swap) once.
 * Never more than two login attempts per server per run — providers lock accounts after more.
 */
public final class ServerProbe {

    static final int MAX_LOGIN_ATTEMPTS = 2;

    private final MailLogin login;

    /** @param timers runs the per-attempt deadlines; owned by the caller */
    public ServerProbe(CertificateTrust trust, ScheduledExecutorService timers) {
        this.login = new MailLogin(trust, timers, new FailureClassifier());
    }

    /**
     * Checks one server on the calling thread: at most two login attempts.
     * {@code password} is read, never cleared (the caller owns it); required when the target logs in.
     */
    public ServerReport check(ServerTarget target, EmailAddress address, UsernameFormat recorded, Optional<char[]> password,
                     boolean allowPlaintext, ProbeOptions options, Cancellation cancellation) {
        if (target.login() && password.isEmpty()) {
            return new ServerReport(target.role(), Optional.of(target), List.of(new Attempt(recorded.usernameFor(address),
                    recorded, Diagnosis.of(Outcome.AUTH_FAILED, "noPassword", ""), 0, Optional.empty(), "",
                    Optional.empty(), false)));
        }
        char[] secret = password.orElse(new char[0]);
        List<Attempt> attempts = new ArrayList<>();
        Attempt first = login.attempt(target, recorded.usernameFor(address), recorded, secret, allowPlaintext, options, cancellation);
        attempts.add(first);
        Optional<UsernameFormat> other = recorded.alternative()
                .filter(alternative -> !alternative.usernameFor(address).equals(recorded.usernameFor(address)));
        if (first.outcome() == Outcome.AUTH_FAILED && target.login() && other.isPresent()
                && attempts.size() < MAX_LOGIN_ATTEMPTS && !cancellation.isCancelled()) {
            UsernameFormat alternative = other.get();
            attempts.add(login.attempt(target, alternative.usernameFor(address), alternative, secret, allowPlaintext,
                    options, cancellation));
        }
        return new ServerReport(target.role(), Optional.of(target), attempts);
    }
}
