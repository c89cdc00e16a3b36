package ch.mailbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a device needs to reach a mailbox: type, incoming and outgoing server, whether SMTP
 * wants a login, and the user name format. Endpoints may be unknown (empty) while the
 * technician has not found them yet.
 *
 * <p>An Exchange mailbox has one thing only: its Exchange server's name (for example
 * {@code outlook.office365.com}). Devices reach it over HTTPS and find everything else by
 * themselves, so it has no port or security to type (stored as {@link #EXCHANGE_PORT}, SSL/TLS)
 * and no SMTP server: mail is sent through the Exchange account, never by SMTP. This record
 * enforces that shape, so the forms, the tables, the tester (which has nothing to log in to by
 * IMAP, POP3 or SMTP) and the setup sheet all see the same Exchange mailbox.
 */
public record ServerSettings(MailboxType type, Optional<Endpoint> incoming, Optional<Endpoint> outgoing,
                             boolean smtpAuth, UsernameFormat usernameFormat) {

    /** The HTTPS port devices reach an Exchange server on; never shown, never typed. */
    public static final Port EXCHANGE_PORT = Port.of(443);

    public ServerSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        if (type == MailboxType.EXCHANGE) {
            incoming = incoming.map(server -> new Endpoint(server.host(), EXCHANGE_PORT, Security.SSL_TLS));
            outgoing = Optional.empty();
            smtpAuth = false;
        }
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
