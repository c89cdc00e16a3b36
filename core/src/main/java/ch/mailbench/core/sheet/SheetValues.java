package ch.mailbench.core.sheet;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The values the sheet's placeholders stand for, for one mailbox in one language. */
final class SheetValues {

    private SheetValues() {
    }

    static Map<String, String> of(MailboxSheet sheet, SheetText text) {
        EmailAddress address = sheet.mailbox().address();
        ServerSettings settings = sheet.settings();
        Map<String, String> values = new HashMap<>();
        values.put("address", address.unicode());
        values.put("user", username(sheet));
        values.put("customer", sheet.customer().name());
        boolean pop = settings.type() == MailboxType.POP3;
        values.put("typeName", pop ? "POP3" : "IMAP");
        values.put("iosType", pop ? "POP" : "IMAP");
        values.put("protocol", settings.type() == MailboxType.EXCHANGE ? "Exchange" : pop ? "POP3" : "IMAP");
        endpoint(values, "in", settings.incoming(), text);
        endpoint(values, "out", settings.outgoing(), text);
        return values;
    }

    /**
     * The user name as the customer types it: the server's, except that a full address on an
     * internationalised domain is the Unicode one (the sheet gives its ASCII spelling only as the
     * fallback for a device that refuses it).
     */
    static String username(MailboxSheet sheet) {
        UsernameFormat format = sheet.settings().usernameFormat();
        EmailAddress address = sheet.mailbox().address();
        return format.kind() == UsernameFormat.Kind.FULL_ADDRESS ? address.unicode() : format.usernameFor(address);
    }

    static String security(Security security, SheetText text) {
        return text.get("security." + security.name());
    }

    private static void endpoint(Map<String, String> values, String prefix, Optional<Endpoint> endpoint, SheetText text) {
        String unknown = text.get("unknown");
        values.put(prefix + "Host", endpoint.map(e -> e.host().ascii()).orElse(unknown));
        // A port is an identifier, not a quantity: never grouped ("2525", not "2,525").
        values.put(prefix + "Port", endpoint.map(e -> Integer.toString(e.port().number())).orElse(unknown));
        values.put(prefix + "Sec", endpoint.map(e -> security(e.security(), text)).orElse(unknown));
        values.put(prefix + "Ssl", endpoint.map(e -> text.get(e.security().encrypted() ? "on" : "off")).orElse(unknown));
    }
}
