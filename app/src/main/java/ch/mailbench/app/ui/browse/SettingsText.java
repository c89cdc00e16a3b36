package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Optional;

/** Server settings as the tables show them: "mail.infomaniak.com:993 SSL/TLS", "part before the @". */
public final class SettingsText {

    private final Messages messages;

    public SettingsText(Messages messages) {
        this.messages = messages;
    }

    public String incoming(ServerSettings settings) {
        if (settings.type() == MailboxType.EXCHANGE) {
            // The type column already says Exchange, and an Exchange server has no port to show (see ServerSettings).
            return settings.incoming().map(e -> e.host().unicode()).orElse(messages.get("server.unknown"));
        }
        return endpoint(settings.incoming());
    }

    public String outgoing(ServerSettings settings) {
        if (settings.type() == MailboxType.EXCHANGE) {
            return messages.get("server.byAccount");
        }
        return endpoint(settings.outgoing());
    }

    public String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> e.host().unicode() + ":" + e.port() + " " + messages.get("security." + e.security().name()))
                .orElse(messages.get("server.unknown"));
    }

    public String type(ServerSettings settings) {
        return messages.get("type." + settings.type().name());
    }

    public String username(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? format.customValue() : messages.get("username.short." + format.kind().name());
    }
}
