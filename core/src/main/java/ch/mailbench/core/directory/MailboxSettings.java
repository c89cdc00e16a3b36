package ch.mailbench.core.directory;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Optional;

/**
 * How a mailbox relates to its domain's servers. A mailbox "uses the domain's servers" when it
 * inherits everything, or when it only differs in the user name format (some providers want
 * the part before the @ for one mailbox): then it keeps a copy of the domain's servers, which
 * {@link CustomerDirectory} updates whenever the domain's servers change.
 */
public final class MailboxSettings {

    private MailboxSettings() {
    }

    /** The own settings to store for a mailbox on the domain's servers with this user name format. */
    public static Optional<ServerSettings> onDomainServers(MailDomain domain, UsernameFormat format) {
        ServerSettings defaults = domain.defaults();
        if (defaults.usernameFormat().equals(format)) {
            return Optional.empty();
        }
        return Optional.of(defaults.withUsernameFormat(format));
    }

    /** True when the mailbox reaches the same servers as its domain (whatever its user name format). */
    public static boolean usesDomainServers(Mailbox mailbox, MailDomain domain) {
        return mailbox.ownSettings().map(own -> sameServers(own, domain.defaults())).orElse(true);
    }

    static boolean sameServers(ServerSettings a, ServerSettings b) {
        return a.type() == b.type() && a.incoming().equals(b.incoming()) && a.outgoing().equals(b.outgoing())
                && a.smtpAuth() == b.smtpAuth();
    }

    /** The mailbox moved along when its domain's servers change from {@code before} to {@code after}. */
    static Optional<Mailbox> followDomain(Mailbox mailbox, ServerSettings before, MailDomain after) {
        Optional<ServerSettings> own = mailbox.ownSettings();
        if (own.isEmpty() || !sameServers(own.get(), before) || sameServers(before, after.defaults())) {
            return Optional.empty();
        }
        return Optional.of(mailbox.withOwnSettings(onDomainServers(after, own.get().usernameFormat())));
    }
}
