package ch.mailbench.core.profile;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

/**
 * Writes a Thunderbird config-v1.1 file for a domain, for publishing at
 * {@code https://autoconfig.DOMAIN/mail/config-v1.1.xml}: Thunderbird (and other clients that read
 * the format) then set up any address of the domain from the address and password alone.
 */
public final class AutoconfigWriter {

    public byte[] write(DomainName domain, String displayName, ServerSettings settings) {
        String owner = ProfileSource.describe(domain);
        Endpoint incoming = ProfileSource.incoming(settings, owner);
        Endpoint outgoing = ProfileSource.outgoing(settings, owner);
        Document document = Xml.newDocument();
        Element root = document.createElementNS(null, "clientConfig");
        root.setAttribute("version", "1.1");
        document.appendChild(root);
        Element provider = Xml.child(document, root, "emailProvider", null);
        provider.setAttribute("id", domain.ascii());
        Xml.child(document, provider, "domain", domain.ascii());
        String name = displayName == null || displayName.isBlank() ? domain.unicode() : displayName.strip();
        Xml.child(document, provider, "displayName", name);
        Xml.child(document, provider, "displayShortName", name);
        String username = UsernameTemplate.of(settings.usernameFormat()).template();
        server(document, provider, "incomingServer", settings.type() == MailboxType.POP3 ? "pop3" : "imap",
                incoming, username, "password-cleartext");
        server(document, provider, "outgoingServer", "smtp", outgoing, settings.smtpAuth() ? username : null,
                settings.smtpAuth() ? "password-cleartext" : "none");
        return Xml.toBytes(document, null, null);
    }

    /** Where to publish the file so clients find it, most common first. */
    public List<String> publishUrls(DomainName domain) {
        return List.of("https://autoconfig." + domain.ascii() + "/mail/config-v1.1.xml",
                "https://" + domain.ascii() + "/.well-known/autoconfig/mail/config-v1.1.xml");
    }

    private static void server(Document document, Element provider, String element, String type, Endpoint endpoint,
                               String username, String authentication) {
        Element server = Xml.child(document, provider, element, null);
        server.setAttribute("type", type);
        Xml.child(document, server, "hostname", endpoint.host().ascii());
        Xml.child(document, server, "port", endpoint.port().toString());
        Xml.child(document, server, "socketType", socketType(endpoint.security()));
        if (username != null) {
            Xml.child(document, server, "username", username);
        }
        Xml.child(document, server, "authentication", authentication);
    }

    private static String socketType(Security security) {
        return switch (security) {
            case SSL_TLS -> "SSL";
            case STARTTLS -> "STARTTLS";
            case NONE -> "plain";
        };
    }
}
