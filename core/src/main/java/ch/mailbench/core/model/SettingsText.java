package ch.mailbench.core.model;

import java.util.Optional;

/**
 * A one-line text form of {@link ServerSettings}, exact and reversible:
 * {@code IMAP|imap.example.ch:993:SSL_TLS|smtp.example.ch:465:SSL_TLS|1|FULL_ADDRESS} ({@code -} for an
 * unknown endpoint). It identifies what a check tested and keeps the old and new values of a change set.
 * The user name format comes last so a custom user name may contain any character.
 */
public final class SettingsText {

    private static final String NONE = "-";

    private SettingsText() {
    }

    public static String format(ServerSettings settings) {
        return settings.type().name() + "|" + endpoint(settings.incoming()) + "|" + endpoint(settings.outgoing()) + "|"
                + (settings.smtpAuth() ? "1" : "0") + "|" + settings.usernameFormat().storageForm();
    }

    /** @throws IllegalArgumentException when {@code text} is not a {@link #format} result */
    public static ServerSettings parse(String text) {
        String[] parts = text.split("\\|", 5);
        if (parts.length != 5) {
            throw new IllegalArgumentException("Not a settings text: " + text);
        }
        return new ServerSettings(MailboxType.valueOf(parts[0]), endpoint(parts[1]), endpoint(parts[2]),
                "1".equals(parts[3]), UsernameFormat.fromStorageForm(parts[4]));
    }

    private static String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> e.host().ascii() + ":" + e.port().number() + ":" + e.security().name()).orElse(NONE);
    }

    private static Optional<Endpoint> endpoint(String text) {
        if (NONE.equals(text)) {
            return Optional.empty();
        }
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not an endpoint: " + text);
        }
        return Optional.of(new Endpoint(HostName.of(parts[0]), Port.of(Integer.parseInt(parts[1])), Security.valueOf(parts[2])));
    }
}
