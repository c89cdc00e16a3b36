package ch.mailbench.core.discovery;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.ServerSettings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a discovery run found: every candidate ranked best first (incoming and SMTP alike), the
 * chosen incoming and SMTP server (the best, or with a password the best confirmed one), and how
 * each source ended.
 */
public record DiscoveryResult(EmailAddress address, List<Candidate> candidates, Optional<Candidate> incoming,
                              Optional<Candidate> smtp, List<ExchangeCandidate> exchange, List<SourceReport> sources,
                              boolean passwordTried, boolean cancelled) {

    public DiscoveryResult {
        exchange = List.copyOf(exchange);
        Objects.requireNonNull(address, "address");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(smtp, "smtp");
        sources = List.copyOf(sources);
    }

    /**
     * The chosen servers as settings a form, a mailbox or a domain can take ("Use these settings"):
     * empty when no incoming server was found.
     */
    public Optional<ServerSettings> settings() {
        if (exchangeChosen().isPresent()) {
            return exchangeChosen().map(ExchangeCandidate::settings);
        }
        return incoming.map(in -> new ServerSettings(in.protocol() == Protocol.POP3 ? MailboxType.POP3 : MailboxType.IMAP,
                Optional.of(in.endpoint()), smtp.map(Candidate::endpoint), true, in.usernameFormat()));
    }

    /**
     * The best Exchange server, when it outranks the chosen incoming server (none was found, or it
     * did not answer). A confirmed IMAP/POP3 login always wins: Mailbench can prove that one.
     */
    public Optional<ExchangeCandidate> exchangeChosen() {
        if (exchange.isEmpty()) {
            return Optional.empty();
        }
        ExchangeCandidate best = exchange.get(0);
        return incoming.filter(in -> in.score() >= best.score()).isPresent() ? Optional.empty() : Optional.of(best);
    }

    /**
     * True when something usable was found — and, when a password was given, a login confirmed it
     * (an Exchange server, which Mailbench cannot log in to, counts as found when it is the choice).
     */
    public boolean found() {
        if (exchangeChosen().isPresent()) {
            return true;
        }
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
