package ch.mailbench.core.history;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.model.SheetLanguage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editable values of customers, domains and mailboxes as field → text maps: what the history
 * shows as old → new, and what Undo turns back into a row. Server settings are split into their
 * parts (type, incoming, outgoing, smtp_auth, username) so a change shows only the part that moved.
 */
public final class RowValues {

    private static final List<String> SETTINGS_FIELDS = List.of("type", "incoming", "outgoing", "smtp_auth", "username");

    private RowValues() {
    }

    public static Map<String, String> of(Customer customer) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", customer.name());
        values.put("contact_person", customer.contactPerson());
        values.put("phone", customer.phone());
        values.put("email", customer.email());
        values.put("sheet_language", customer.sheetLanguage().code());
        values.put("notes", customer.notes());
        return values;
    }

    public static Map<String, String> of(MailDomain domain) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("domain", domain.name().unicode());
        values.put("provider", domain.provider());
        values.putAll(settings(domain.defaults()));
        return values;
    }

    public static Map<String, String> of(Mailbox mailbox) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("address", mailbox.address().unicode());
        values.put("display_name", mailbox.displayName());
        values.put("own_settings", mailbox.ownSettings().isPresent() ? "yes" : "no");
        mailbox.ownSettings().ifPresent(own -> values.putAll(settings(own)));
        values.put("allow_plaintext_login", mailbox.allowPlaintextLogin() ? "yes" : "no");
        values.put("notes", mailbox.notes());
        return values;
    }

    /** The customer {@code id} at {@code version} with the editable values of {@code values}. */
    public static Customer customer(long id, long version, Map<String, String> values) {
        return new Customer(id, version, values.get("name"), values.get("contact_person"),
                values.get("phone"), values.get("email"), SheetLanguage.fromCode(values.get("sheet_language")),
                values.get("notes"));
    }

    public static MailDomain domain(long id, long version, long customerId, Map<String, String> values) {
        return new MailDomain(id, version, customerId, DomainName.of(values.get("domain")),
                values.get("provider"), settings(values));
    }

    public static Mailbox mailbox(long id, long version, long domainId, Optional<LastCheck> lastCheck, Map<String, String> values) {
        Optional<ServerSettings> own = "yes".equals(values.get("own_settings")) ? Optional.of(settings(values)) : Optional.empty();
        return new Mailbox(id, version, domainId, EmailAddress.parse(values.get("address")),
                values.get("display_name"), own, "yes".equals(values.get("allow_plaintext_login")), values.get("notes"),
                lastCheck);
    }

    private static Map<String, String> settings(ServerSettings settings) {
        String[] parts = SettingsText.format(settings).split("\\|", SETTINGS_FIELDS.size());
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            values.put(SETTINGS_FIELDS.get(i), parts[i]);
        }
        return values;
    }

    private static ServerSettings settings(Map<String, String> values) {
        return SettingsText.parse(String.join("|", SETTINGS_FIELDS.stream().map(values::get).toList()));
    }
}
