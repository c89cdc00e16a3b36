package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.form.Validation;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.ServerSettings;

import java.util.Map;
import java.util.Optional;

/** A customer's domain being created or edited, with the default servers of its mailboxes. */
public final class DomainForm extends ServerSettingsForm {

    public static final String NAME = "name";
    public static final String PROVIDER = "provider";

    private final MailDomain original;

    /** Edits a stored domain. */
    public DomainForm(MailDomain original, Messages messages) {
        super(messages);
        this.original = original;
        set(NAME, original.name().unicode());
        set(PROVIDER, original.provider());
        showSettings(original.defaults());
        opened();
    }

    private DomainForm(long customerId, Messages messages) {
        super(messages);
        this.original = MailDomain.create(customerId, DomainName.of("new.invalid"), "", ServerSettings.unknown());
        set(NAME, "");
        set(PROVIDER, "");
        showSettings(ServerSettings.unknown());
        opened();
    }

    public static DomainForm forNew(long customerId, Messages messages) {
        return new DomainForm(customerId, messages);
    }

    public boolean isNew() {
        return !original.isStored();
    }

    public void setName(String name) { set(NAME, name); }
    public void setProvider(String provider) { set(PROVIDER, provider); }

    /** The address to look up with "Find settings…": any address on the domain as typed. */
    public String addressToFind() {
        return text(NAME).isBlank() ? "" : "info@" + text(NAME).strip();
    }

    /**
     * Takes a catalog provider: its name, and its first incoming (IMAP before POP3) and SMTP server
     * for this domain (a server named after the customer's domain needs a valid domain first).
     */
    public void useProvider(Provider provider) {
        setProvider(provider.name());
        Optional<DomainName> domain = domainName();
        Optional<Endpoint> incoming = firstServer(provider, Protocol.IMAP, domain).or(() -> firstServer(provider, Protocol.POP3, domain));
        MailboxType type = incoming.isPresent() && firstServer(provider, Protocol.IMAP, domain).isEmpty() ? MailboxType.POP3 : MailboxType.IMAP;
        useSettings(new ServerSettings(type, incoming, firstServer(provider, Protocol.SMTP, domain), true, provider.usernameFormat()));
    }

    private static Optional<Endpoint> firstServer(Provider provider, Protocol protocol, Optional<DomainName> domain) {
        return provider.servers(protocol).stream()
                .filter(s -> domain.isPresent() || !s.host().contains("%"))
                .map(s -> s.endpointFor(domain.orElse(DomainName.of("example.invalid"))))
                .findFirst();
    }

    private Optional<DomainName> domainName() {
        try {
            return Optional.of(DomainName.of(text(NAME)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean serversEditable() {
        return true;
    }

    /** The domain to save, with the id and version it was opened with. Only when valid. */
    public MailDomain toDomain() {
        return new MailDomain(original.id(), original.version(), original.customerId(), DomainName.of(text(NAME)),
                text(PROVIDER), serverSettings());
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = validateServers();
        if (text(NAME).isBlank()) {
            errors.put(NAME, messages.get("error.domain.empty"));
        } else {
            Validation.check(errors, NAME, () -> DomainName.of(text(NAME)), messages.get("error.domain"));
        }
        return errors;
    }
}
