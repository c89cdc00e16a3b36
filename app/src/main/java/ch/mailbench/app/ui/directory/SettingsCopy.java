package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;

import java.util.Optional;

/**
 * A mailbox's settings as plain text in the UI language — what a technician pastes into an email
 * or a ticket: the address, the incoming server, the SMTP server and the username. Never the password.
 */
public final class SettingsCopy {

    private final Messages messages;

    public SettingsCopy(Messages messages) {
        this.messages = messages;
    }

    public String text(Mailbox mailbox, MailDomain domain) {
        ServerSettings settings = mailbox.effectiveSettings(domain);
        StringBuilder text = new StringBuilder(mailbox.address().unicode()).append('\n');
        if (settings.type() == MailboxType.EXCHANGE) {
            text.append(messages.format("copy.exchange", settings.incoming().map(e -> e.host().unicode())
                    .orElse(messages.get("server.unknown")))).append('\n');
            text.append(messages.get("copy.exchange.outgoing")).append('\n');
        } else {
            text.append(messages.format("copy.incoming", messages.get("type." + settings.type().name()),
                    endpoint(settings.incoming()))).append('\n');
            text.append(messages.format("copy.outgoing", endpoint(settings.outgoing()),
                    messages.get(settings.smtpAuth() ? "copy.smtpAuth.yes" : "copy.smtpAuth.no"))).append('\n');
        }
        text.append(messages.format("copy.username", settings.usernameFormat().usernameFor(mailbox.address()))).append('\n');
        return text.toString();
    }

    private String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> messages.format("copy.endpoint", e.host().unicode(), String.valueOf(e.port().number()),
                messages.get("security." + e.security().name()))).orElse(messages.get("server.unknown"));
    }
}
