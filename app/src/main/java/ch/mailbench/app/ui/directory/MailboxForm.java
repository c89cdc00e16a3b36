package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.MailboxSettings;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mailbox being created or edited: an address on one of the customer's domains, and either
 * the domain's servers (the fields then show them read-only) or its own.
 */
public final class MailboxForm extends ServerSettingsForm {

    public static final String LOCAL_PART = "localPart";
    public static final String DOMAIN = "domain";
    public static final String DISPLAY_NAME = "displayName";
    public static final String USES_DOMAIN_SERVERS = "usesDomainServers";
    public static final String NOTES = "notes";

    private final List<MailDomain> domains;
    private final Optional<Mailbox> original;

    private MailboxForm(List<MailDomain> domains, Optional<Mailbox> original, MailDomain domain, Messages messages) {
        super(messages);
        this.domains = List.copyOf(domains);
        this.original = original;
        set(DOMAIN, domain);
        set(LOCAL_PART, original.map(m -> m.address().localPart()).orElse(""));
        set(DISPLAY_NAME, original.map(Mailbox::displayName).orElse(""));
        set(NOTES, original.map(Mailbox::notes).orElse(""));
        boolean usesDomain = original.map(m -> MailboxSettings.usesDomainServers(m, domain)).orElse(true);
        set(USES_DOMAIN_SERVERS, usesDomain);
        showSettings(original.map(m -> m.effectiveSettings(domain)).orElse(domain.defaults()));
        opened();
    }

    /** Edits a stored mailbox of one of {@code domains}. */
    public static MailboxForm forEdit(Mailbox mailbox, List<MailDomain> domains, Messages messages) {
        MailDomain domain = domains.stream().filter(d -> d.id() == mailbox.domainId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The mailbox's domain is not among the customer's domains"));
        return new MailboxForm(domains, Optional.of(mailbox), domain, messages);
    }

    /** A new mailbox on {@code domain}, one of the customer's {@code domains}. */
    public static MailboxForm forNew(MailDomain domain, List<MailDomain> domains, Messages messages) {
        return new MailboxForm(domains, Optional.empty(), domain, messages);
    }

    public boolean isNew() {
        return original.isEmpty();
    }

    public List<MailDomain> domains() {
        return domains;
    }

    public MailDomain domain() {
        return (MailDomain) get(DOMAIN);
    }

    public boolean usesDomainServers() {
        return Boolean.TRUE.equals(get(USES_DOMAIN_SERVERS));
    }

    public void setLocalPart(String localPart) { set(LOCAL_PART, localPart); }
    public void setDisplayName(String name) { set(DISPLAY_NAME, name); }
    public void setNotes(String notes) { set(NOTES, notes); }

    public void setDomain(MailDomain domain) {
        set(DOMAIN, domain);
    }

    /** On the domain's servers the fields show the domain's settings; switching to own servers starts from them. */
    public void setUsesDomainServers(boolean uses) {
        set(USES_DOMAIN_SERVERS, uses);
    }

    @Override
    protected void changed(String property) {
        super.changed(property);
        if ((property.equals(USES_DOMAIN_SERVERS) || property.equals(DOMAIN)) && usesDomainServers()) {
            ServerSettings defaults = domain().defaults();
            showSettings(defaults.withUsernameFormat(keptUsernameFormat(defaults)));
        }
    }

    /** The user name format survives showing the domain's servers: it is the mailbox's own choice. */
    private UsernameFormat keptUsernameFormat(ServerSettings defaults) {
        if (usernameKind() == null || (usernameKind() == UsernameFormat.Kind.CUSTOM && text(CUSTOM_USERNAME).isBlank())) {
            return defaults.usernameFormat();
        }
        return usernameFormat();
    }

    /** Found settings are the mailbox's own: it leaves its domain's servers for them. */
    @Override
    public void useSettings(ServerSettings settings) {
        set(USES_DOMAIN_SERVERS, false);
        super.useSettings(settings);
    }

    /** The address to look up with "Find settings…": as typed, or any address on the chosen domain. */
    public String addressToFind() {
        return address().map(EmailAddress::unicode).orElse("info@" + domain().name().unicode());
    }

    @Override
    public boolean serversEditable() {
        return !usesDomainServers();
    }

    /** The address as typed, when it is valid. */
    public Optional<EmailAddress> address() {
        try {
            return Optional.of(new EmailAddress(text(LOCAL_PART), domain().name()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The mailbox to save, keeping id, version, last check and consent of the opened one. Only when valid. */
    public Mailbox toMailbox() {
        EmailAddress address = address().orElseThrow();
        Optional<ServerSettings> own = usesDomainServers()
                ? MailboxSettings.onDomainServers(domain(), usernameFormat())
                : Optional.of(serverSettings());
        Mailbox base = original.orElse(Mailbox.create(domain().id(), address, ""));
        return new Mailbox(base.id(), base.version(), domain().id(), address, text(DISPLAY_NAME), own,
                base.allowPlaintextLogin(), text(NOTES), base.lastCheck());
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = validateServers();
        if (text(LOCAL_PART).isBlank()) {
            errors.put(LOCAL_PART, messages.get("error.localPart.empty"));
        } else if (address().isEmpty()) {
            errors.put(LOCAL_PART, messages.get("error.localPart"));
        }
        return errors;
    }
}
