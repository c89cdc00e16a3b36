package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.app.ui.form.Validation;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server part shared by the domain and the mailbox forms: type, incoming and outgoing
 * server, SMTP login and user name format. Choosing a security (or the type) pre-fills the
 * standard port, unless the user typed one. An Exchange mailbox records only its server name:
 * devices set it up by account, not with IMAP/SMTP.
 */
public abstract class ServerSettingsForm extends FormModel {

    public static final String TYPE = "type";
    public static final String INCOMING_HOST = "incomingHost";
    public static final String INCOMING_PORT = "incomingPort";
    public static final String INCOMING_SECURITY = "incomingSecurity";
    public static final String OUTGOING_HOST = "outgoingHost";
    public static final String OUTGOING_PORT = "outgoingPort";
    public static final String OUTGOING_SECURITY = "outgoingSecurity";
    public static final String SMTP_AUTH = "smtpAuth";
    public static final String USERNAME_KIND = "usernameKind";
    public static final String CUSTOM_USERNAME = "customUsername";

    private boolean incomingPortTyped;
    private boolean outgoingPortTyped;

    protected ServerSettingsForm(Messages messages) {
        super(messages);
    }

    /** Whether the server fields are the user's to edit (a mailbox on its domain's servers shows them read-only). */
    public abstract boolean serversEditable();

    public void setType(MailboxType type) { set(TYPE, type); }
    public void setIncomingHost(String host) { set(INCOMING_HOST, host); }
    public void setOutgoingHost(String host) { set(OUTGOING_HOST, host); }
    public void setSmtpAuth(boolean auth) { set(SMTP_AUTH, auth); }
    public void setUsernameKind(UsernameFormat.Kind kind) { set(USERNAME_KIND, kind); }
    public void setCustomUsername(String username) { set(CUSTOM_USERNAME, username); }

    /** A port the user typed: it stays when the security changes. Clearing it lets pre-filling resume. */
    public void setIncomingPort(String port) {
        incomingPortTyped = !port.isBlank();
        set(INCOMING_PORT, port);
    }

    public void setOutgoingPort(String port) {
        outgoingPortTyped = !port.isBlank();
        set(OUTGOING_PORT, port);
    }

    public void setIncomingSecurity(Security security) { set(INCOMING_SECURITY, security); }
    public void setOutgoingSecurity(Security security) { set(OUTGOING_SECURITY, security); }

    public MailboxType type() {
        return (MailboxType) get(TYPE);
    }

    public boolean isExchange() {
        return type() == MailboxType.EXCHANGE;
    }

    public UsernameFormat.Kind usernameKind() {
        return (UsernameFormat.Kind) get(USERNAME_KIND);
    }

    /** Fills the fields from stored settings; a stored non-standard port counts as typed. */
    protected void showSettings(ServerSettings settings) {
        set(TYPE, settings.type());
        Protocol incomingProtocol = settings.type().incomingProtocol().orElse(Protocol.IMAP);
        incomingPortTyped = showEndpoint(settings.incoming(), incomingProtocol, INCOMING_HOST, INCOMING_PORT, INCOMING_SECURITY);
        outgoingPortTyped = showEndpoint(settings.outgoing(), Protocol.SMTP, OUTGOING_HOST, OUTGOING_PORT, OUTGOING_SECURITY);
        set(SMTP_AUTH, settings.smtpAuth());
        set(USERNAME_KIND, settings.usernameFormat().kind());
        set(CUSTOM_USERNAME, settings.usernameFormat().kind() == UsernameFormat.Kind.CUSTOM ? settings.usernameFormat().customValue() : "");
    }

    /**
     * Takes settings found elsewhere ("Use these settings" of the finder, a provider chosen from the
     * catalog): the fields show them and the form counts as changed. Nothing is saved here.
     */
    public void useSettings(ServerSettings settings) {
        showSettings(settings);
    }

    /** Whether a server is already filled in (choosing a provider then asks before replacing it). */
    public boolean hasServers() {
        return !text(INCOMING_HOST).isBlank() || !text(OUTGOING_HOST).isBlank();
    }

    private boolean showEndpoint(Optional<Endpoint> endpoint, Protocol protocol, String host, String port, String security) {
        set(host, endpoint.map(e -> e.host().unicode()).orElse(""));
        Security shown = endpoint.map(Endpoint::security).orElse(Security.SSL_TLS);
        set(security, shown);
        set(port, endpoint.map(e -> e.port().toString()).orElse(protocol.standardPort(shown).toString()));
        return endpoint.isPresent() && !protocol.isStandardPort(endpoint.get().port());
    }

    @Override
    protected void changed(String property) {
        if ((property.equals(INCOMING_SECURITY) || property.equals(TYPE)) && !incomingPortTyped && !isExchange()) {
            Protocol protocol = type().incomingProtocol().orElseThrow();
            set(INCOMING_PORT, protocol.standardPort((Security) get(INCOMING_SECURITY)).toString());
        }
        if (property.equals(OUTGOING_SECURITY) && !outgoingPortTyped) {
            set(OUTGOING_PORT, Protocol.SMTP.standardPort((Security) get(OUTGOING_SECURITY)).toString());
        }
    }

    /** The settings the fields describe. Only when valid. */
    public ServerSettings serverSettings() {
        UsernameFormat format = usernameFormat();
        if (isExchange()) {
            Optional<Endpoint> server = host(INCOMING_HOST).map(h -> new Endpoint(h, ServerSettings.EXCHANGE_PORT, Security.SSL_TLS));
            return new ServerSettings(MailboxType.EXCHANGE, server, Optional.empty(), false, format);
        }
        return new ServerSettings(type(),
                endpoint(INCOMING_HOST, INCOMING_PORT, INCOMING_SECURITY),
                endpoint(OUTGOING_HOST, OUTGOING_PORT, OUTGOING_SECURITY),
                Boolean.TRUE.equals(get(SMTP_AUTH)), format);
    }

    public UsernameFormat usernameFormat() {
        return switch (usernameKind()) {
            case FULL_ADDRESS -> UsernameFormat.FULL_ADDRESS;
            case LOCAL_PART -> UsernameFormat.LOCAL_PART;
            case CUSTOM -> UsernameFormat.custom(text(CUSTOM_USERNAME));
        };
    }

    private Optional<HostName> host(String property) {
        return text(property).isBlank() ? Optional.empty() : Optional.of(HostName.of(text(property)));
    }

    private Optional<Endpoint> endpoint(String host, String port, String security) {
        return host(host).map(h -> new Endpoint(h, Port.parse(text(port)), (Security) get(security)));
    }

    /** Errors of the server fields; subclasses add their own. */
    protected Map<String, String> validateServers() {
        Map<String, String> errors = new HashMap<>();
        if (usernameKind() == UsernameFormat.Kind.CUSTOM && text(CUSTOM_USERNAME).isBlank()) {
            errors.put(CUSTOM_USERNAME, messages.get("error.username.custom"));
        }
        if (!serversEditable()) {
            return errors;
        }
        validateEndpoint(errors, INCOMING_HOST, INCOMING_PORT, isExchange());
        if (!isExchange()) {
            validateEndpoint(errors, OUTGOING_HOST, OUTGOING_PORT, false);
        }
        return errors;
    }

    private void validateEndpoint(Map<String, String> errors, String host, String port, boolean hostOnly) {
        if (!text(host).isBlank()) {
            Validation.check(errors, host, () -> HostName.of(text(host)), messages.get("error.host"));
        }
        if (hostOnly) {
            return;
        }
        if (text(port).isBlank()) {
            if (!text(host).isBlank()) {
                errors.put(port, messages.get("error.port.empty"));
            }
        } else {
            Validation.check(errors, port, () -> Port.parse(text(port)), messages.get("error.port.range"));
        }
    }
}
