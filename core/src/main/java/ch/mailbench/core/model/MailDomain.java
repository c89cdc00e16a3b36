package ch.mailbench.core.model;

import java.util.Objects;

/**
 * A domain a customer owns, its hosting provider and the default settings its mailboxes inherit.
 */
public record MailDomain(long id, long version, long customerId, DomainName name, String provider,
                         ServerSettings defaults) {

    public MailDomain {
        Objects.requireNonNull(name, "name");
        provider = Text.orEmpty(provider);
        Objects.requireNonNull(defaults, "defaults");
    }

    public static MailDomain create(long customerId, DomainName name, String provider, ServerSettings defaults) {
        return new MailDomain(0, 0, customerId, name, provider, defaults);
    }

    public boolean isStored() {
        return id != 0;
    }

    public MailDomain withDefaults(ServerSettings newDefaults) {
        return new MailDomain(id, version, customerId, name, provider, newDefaults);
    }

    public MailDomain withProvider(String newProvider) {
        return new MailDomain(id, version, customerId, name, newProvider, defaults);
    }

    public MailDomain withName(DomainName newName) {
        return new MailDomain(id, version, customerId, newName, provider, defaults);
    }

    public MailDomain stored(long newId, long newVersion) {
        return new MailDomain(newId, newVersion, customerId, name, provider, defaults);
    }
}
