package ch.mailbench.core.port;

import java.util.Objects;

/** The repositories of one store, all bound to the same connection or transaction. */
public record Repositories(CustomerRepository customers, MailDomainRepository domains,
                           MailboxRepository mailboxes, VerificationRepository verifications,
                           SecretRepository secrets, ChangeSetRepository changeSets,
                           HistoryRepository history) {

    public Repositories {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(domains, "domains");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(verifications, "verifications");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(changeSets, "changeSets");
        Objects.requireNonNull(history, "history");
    }
}
