package ch.mailbench.core.discovery;

import ch.mailbench.core.model.EmailAddress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a discovery run found: every candidate ranked best first (incoming and SMTP alike), the
 * chosen incoming and SMTP server (the best, or with a password the best confirmed one), and how
 * each source ended.
 */
public record DiscoveryResult(EmailAddress address, List<Candidate> candidates, Optional<Candidate> incoming,
                              Optional<Candidate> smtp, List<SourceReport> sources, boolean passwordTried, boolean cancelled) {

    public DiscoveryResult {
        Objects.requireNonNull(address, "address");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(smtp, "smtp");
        sources = List.copyOf(sources);
    }

    /** True when something usable was found — and, when a password was given, a login confirmed it. */
    public boolean found() {
        if (incoming.isEmpty() && smtp.isEmpty()) {
            return false;
        }
        if (!passwordTried) {
            return true;
        }
        return incoming.flatMap(Candidate::confirmation).map(Confirmation::passed).orElse(false)
                || smtp.flatMap(Candidate::confirmation).map(Confirmation::passed).orElse(false);
    }
}
