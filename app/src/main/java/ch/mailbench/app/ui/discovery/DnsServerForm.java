package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.app.ui.form.Validation;
import ch.mailbench.core.discovery.ResolverSetting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The DNS server discovery and connection tests ask: HOST:PORT, or empty for the system's resolver. */
final class DnsServerForm extends FormModel {

    static final String SERVER = "dnsServer";

    DnsServerForm(Optional<String> current, Messages messages) {
        super(messages);
        set(SERVER, current.orElse(""));
        opened();
    }

    void setServer(String server) {
        set(SERVER, server);
    }

    /** The server to use; empty for the system's resolver. Only when valid. */
    Optional<String> server() {
        return text(SERVER).isBlank() ? Optional.empty() : Optional.of(ResolverSetting.check(text(SERVER)));
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new HashMap<>();
        if (!text(SERVER).isBlank()) {
            Validation.check(errors, SERVER, () -> ResolverSetting.check(text(SERVER)), messages.get("dns.error"));
        }
        return errors;
    }
}
