package ch.mailbench.core.profile;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Optional;

/**
 * Writes an Outlook autodiscover response (POX, schema 2006a) with IMAP/POP3 and SMTP blocks.
 * For one mailbox it names the exact login; for a whole domain it leaves LoginName out, which makes
 * Outlook log in with the address typed — so a domain file is only possible for full-address logins.
 */
public final class AutodiscoverWriter {

    static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    /** The response for one mailbox, its user name spelled out. */
    public byte[] write(EmailAddress address, ServerSettings settings) {
        return write(settings, Optional.of(settings.usernameFormat().usernameFor(address)), "The mailbox " + address.unicode());
    }

    /** The same response for every address of {@code domain}; refused when users log in with anything but the full address. */
    public byte[] write(DomainName domain, ServerSettings settings) {
        if (!settings.usernameFormat().equals(UsernameFormat.FULL_ADDRESS)) {
            throw new IllegalArgumentException("The domain " + domain.unicode() + " logs in with "
                    + (settings.usernameFormat().equals(UsernameFormat.LOCAL_PART) ? "the part before the @" : "a custom user name")
                    + ": one autodiscover file cannot say that for every address. Export it per mailbox instead.");
        }
        return write(settings, Optional.empty(), ProfileSource.describe(domain));
    }

    /** Where Outlook looks for the file (it POSTs its request there, so the web server must answer POST). */
    public List<String> publishUrls(DomainName domain) {
        return List.of("https://autodiscover." + domain.ascii() + "/autodiscover/autodiscover.xml",
                "https://" + domain.ascii() + "/autodiscover/autodiscover.xml");
    }

    private static byte[] write(ServerSettings settings, Optional<String> login, String owner) {
        Endpoint incoming = ProfileSource.incoming(settings, owner);
        Endpoint outgoing = ProfileSource.outgoing(settings, owner);
        Document document = Xml.newDocument();
        Element root = document.createElementNS(RESPONSE_NS, "Autodiscover");
        document.appendChild(root);
        Element response = document.createElementNS(OUTLOOK_NS, "Response");
        root.appendChild(response);
        Element account = Xml.child(document, response, "Account", null);
        Xml.child(document, account, "AccountType", "email");
        Xml.child(document, account, "Action", "settings");
        protocol(document, account, settings.type() == MailboxType.POP3 ? "POP3" : "IMAP", incoming, login, true);
        protocol(document, account, "SMTP", outgoing, settings.smtpAuth() ? login : Optional.empty(), settings.smtpAuth());
        return Xml.toBytes(document, null, null);
    }

    private static void protocol(Document document, Element account, String type, Endpoint endpoint,
                                 Optional<String> login, boolean authRequired) {
        Element protocol = Xml.child(document, account, "Protocol", null);
        Xml.child(document, protocol, "Type", type);
        Xml.child(document, protocol, "Server", endpoint.host().ascii());
        Xml.child(document, protocol, "Port", endpoint.port().toString());
        Xml.child(document, protocol, "DomainRequired", "off");
        login.ifPresent(name -> Xml.child(document, protocol, "LoginName", name));
        Xml.child(document, protocol, "SPA", "off");
        Xml.child(document, protocol, "SSL", endpoint.security().encrypted() ? "on" : "off");
        Xml.child(document, protocol, "Encryption", encryption(endpoint.security()));
        Xml.child(document, protocol, "AuthRequired", authRequired ? "on" : "off");
        if (type.equals("SMTP")) {
            Xml.child(document, protocol, "UsePOPAuth", authRequired ? "on" : "off");
            Xml.child(document, protocol, "SMTPLast", "off");
        }
    }

    private static String encryption(Security security) {
        return switch (security) {
            case SSL_TLS -> "SSL";
            case STARTTLS -> "TLS";
            case NONE -> "None";
        };
    }
}
