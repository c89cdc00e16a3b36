package ch.mailbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a device needs to reach a mailbox: type, incoming and outgoing server, whether SMTP
 * wants a login, and the user name format. Endpoints may be unknown (empty) while the
 * technician has not found them yet; Exchange has no outgoing SMTP endpoint.
 */
public record ServerSettings(MailboxType type, Optional<Endpoint> incoming, Optional<Endpoint> outgoing,
                             boolean smtpAuth, UsernameFormat usernameFormat) {

    public ServerSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
    }

    public static ServerSettings unknown() {
        return new ServerSettings(MailboxType.IMAP, Optional.empty(), Optional.empty(), true, UsernameFormat.FULL_ADDRESS);
    }

    public static ServerSettings of(MailboxType type, Endpoint incoming, Endpoint outgoing, boolean smtpAuth, UsernameFormat format) {
        return new ServerSettings(type, Optional.ofNullable(incoming), Optional.ofNullable(outgoing), smtpAuth, format);
    }

    public ServerSettings withUsernameFormat(UsernameFormat format) {
        return new ServerSettings(type, incoming, outgoing, smtpAuth, format);
    }
}
