package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run learned about one server of a mailbox: the login attempts (one, or two
 * when the other user name format was tried). Empty target: the server is not configured.
 */
public record ServerReport(ServerRole role, Optional<ServerTarget> target, List<Attempt> attempts) {

    public ServerReport {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
        attempts = List.copyOf(attempts);
    }

    public boolean tested() {
        return !attempts.isEmpty();
    }

    /** The attempt that decides: the last one. */
    public Optional<Attempt> verdict() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public Optional<Outcome> outcome() {
        return verdict().map(Attempt::outcome);
    }

    public boolean passed() {
        return verdict().map(Attempt::passed).orElse(false);
    }

    /** The user name format the server accepted (for a server that wants a login). */
    public Optional<UsernameFormat> workingFormat() {
        return verdict().filter(a -> a.passed() && target.map(ServerTarget::login).orElse(false)).map(Attempt::usernameFormat);
    }

    /** True when the recorded format was refused and the other one worked. */
    public boolean fallbackWorked() {
        return attempts.size() == 2 && passed();
    }
}
