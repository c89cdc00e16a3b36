package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Exchange server autodiscover named (a {@code EXPR} Outlook Anywhere or {@code EXCH} block):
 * devices set such a mailbox up as an Exchange account by its server name. Mailbench cannot log
 * in to it, so it never carries a confirmation; it is chosen over IMAP/POP3 only when no such
 * server of equal trust answered.
 *
 * @param kind EXPR (the server reachable from outside) or EXCH (the one inside the company network)
 */
public record ExchangeCandidate(HostName server, String kind, UsernameFormat usernameFormat, int score, List<Evidence> evidence) {

    public ExchangeCandidate {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        evidence = List.copyOf(evidence);
    }

    /** As the settings of an Exchange mailbox: the server over HTTPS, no SMTP (as the console's form stores it). */
    public ServerSettings settings() {
        return new ServerSettings(MailboxType.EXCHANGE, Optional.of(new Endpoint(server, ServerSettings.EXCHANGE_PORT, Security.SSL_TLS)), Optional.empty(),
                false, usernameFormat);
    }
}
