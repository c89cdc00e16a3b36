package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything one sheet prints for one mailbox: who it belongs to, the settings that apply to it,
 * its last successful check and — only when the technician asked for this print — its password.
 * The password array belongs to whoever built the sheet and is cleared by them after rendering.
 * {@code modernAuthProvider} names the provider when it refuses plain passwords: the sheet then
 * tells the customer to add the account with that provider's own sign-in.
 */
public record MailboxSheet(Customer customer, MailDomain domain, Mailbox mailbox, ServerSettings settings,
                           Optional<LastSuccess> lastSuccess, Optional<char[]> password, Optional<String> modernAuthProvider) {

    /** A sheet for a provider that takes plain passwords. */
    public MailboxSheet(Customer customer, MailDomain domain, Mailbox mailbox, ServerSettings settings,
                        Optional<LastSuccess> lastSuccess, Optional<char[]> password) {
        this(customer, domain, mailbox, settings, lastSuccess, password, Optional.empty());
    }

    public MailboxSheet {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(modernAuthProvider, "modernAuthProvider");
    }

    @Override
    public String toString() {
        return "MailboxSheet[" + mailbox.address() + (password.isPresent() ? ", with password" : "") + "]";
    }
}
