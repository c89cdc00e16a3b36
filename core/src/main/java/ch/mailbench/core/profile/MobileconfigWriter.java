package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an Apple configuration profile ({@code .mobileconfig}) holding one
 * {@code com.apple.mail.managed} account. The identifiers and UUIDs derive from the address only,
 * so installing a newer profile for the same mailbox replaces the old one instead of adding a
 * second account. Without a password the device asks for it on installation.
 *
 * <p>Apple's single "Use SSL" switch covers implicit TLS and STARTTLS alike (the device negotiates
 * STARTTLS on 143/587), so the profile says "encrypted or not" and the port says how.
 */
public final class MobileconfigWriter {

    private static final String PLIST_PUBLIC = "-//Apple//DTD PLIST 1.0//EN";
    private static final String PLIST_SYSTEM = "http://www.apple.com/DTDs/PropertyList-1.0.dtd";

    /**
     * @param organisation the technician's shop, shown by the device as the profile's author
     * @param password     included only when the technician asked for it; the caller clears it afterwards
     */
    public byte[] write(EmailAddress address, String accountName, ServerSettings settings, String organisation,
                        Optional<char[]> password) {
        String owner = "The mailbox " + address.unicode();
        Endpoint incoming = ProfileSource.incoming(settings, owner);
        Endpoint outgoing = ProfileSource.outgoing(settings, owner);
        String username = settings.usernameFormat().usernameFor(address);
        String description = address.unicode();
        String name = accountName == null || accountName.isBlank() ? address.unicode() : accountName.strip();

        Document document = Xml.newDocument();
        Element plist = document.createElementNS(null, "plist");
        plist.setAttribute("version", "1.0");
        document.appendChild(plist);

        Element mail = document.createElementNS(null, "dict");
        entry(document, mail, "EmailAccountDescription", description);
        entry(document, mail, "EmailAccountName", name);
        entry(document, mail, "EmailAccountType", settings.type() == MailboxType.POP3 ? "EmailTypePOP" : "EmailTypeIMAP");
        entry(document, mail, "EmailAddress", address.ascii());
        entry(document, mail, "IncomingMailServerAuthentication", "EmailAuthPassword");
        entry(document, mail, "IncomingMailServerHostName", incoming.host().ascii());
        integer(document, mail, "IncomingMailServerPortNumber", incoming.port().number());
        bool(document, mail, "IncomingMailServerUseSSL", incoming.security().encrypted());
        entry(document, mail, "IncomingMailServerUsername", username);
        password.ifPresent(p -> entry(document, mail, "IncomingPassword", new String(p)));
        entry(document, mail, "OutgoingMailServerAuthentication", settings.smtpAuth() ? "EmailAuthPassword" : "EmailAuthNone");
        entry(document, mail, "OutgoingMailServerHostName", outgoing.host().ascii());
        integer(document, mail, "OutgoingMailServerPortNumber", outgoing.port().number());
        bool(document, mail, "OutgoingMailServerUseSSL", outgoing.security().encrypted());
        if (settings.smtpAuth()) {
            entry(document, mail, "OutgoingMailServerUsername", username);
            bool(document, mail, "OutgoingPasswordSameAsIncomingPassword", true);
        }
        entry(document, mail, "PayloadDescription", description);
        entry(document, mail, "PayloadDisplayName", description);
        entry(document, mail, "PayloadIdentifier", identifier(address) + ".mail");
        entry(document, mail, "PayloadType", "com.apple.mail.managed");
        entry(document, mail, "PayloadUUID", uuid(address, "mail"));
        integer(document, mail, "PayloadVersion", 1);

        Element profile = document.createElementNS(null, "dict");
        plist.appendChild(profile);
        key(document, profile, "PayloadContent");
        Element content = document.createElementNS(null, "array");
        profile.appendChild(content);
        content.appendChild(mail);
        entry(document, profile, "PayloadDescription", description);
        entry(document, profile, "PayloadDisplayName", description);
        entry(document, profile, "PayloadIdentifier", identifier(address));
        if (organisation != null && !organisation.isBlank()) {
            entry(document, profile, "PayloadOrganization", organisation.strip());
        }
        bool(document, profile, "PayloadRemovalDisallowed", false);
        entry(document, profile, "PayloadType", "Configuration");
        entry(document, profile, "PayloadUUID", uuid(address, "profile"));
        integer(document, profile, "PayloadVersion", 1);
        return Xml.toBytes(document, PLIST_PUBLIC, PLIST_SYSTEM);
    }

    /** A reverse-DNS identifier from the address, limited to the characters identifiers allow. */
    static String identifier(EmailAddress address) {
        return "ch.mailbench.mail." + address.ascii().replace("@", ".at.").replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /** Name-based (version 3) UUID: the same address and part always give the same UUID. */
    static String uuid(EmailAddress address, String part) {
        return UUID.nameUUIDFromBytes(("mailbench:mobileconfig:" + part + ":" + address.ascii())
                .getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static void key(Document document, Element dict, String key) {
        Xml.child(document, dict, "key", key);
    }

    private static void entry(Document document, Element dict, String key, String value) {
        key(document, dict, key);
        Xml.child(document, dict, "string", value);
    }

    private static void integer(Document document, Element dict, String key, int value) {
        key(document, dict, key);
        Xml.child(document, dict, "integer", Integer.toString(value));
    }

    private static void bool(Document document, Element dict, String key, boolean value) {
        key(document, dict, key);
        dict.appendChild(document.createElementNS(null, value ? "true" : "false"));
    }
}
