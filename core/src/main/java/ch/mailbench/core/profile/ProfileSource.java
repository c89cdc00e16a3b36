package ch.mailbench.core.profile;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;

/** The checks every profile writer makes before writing settings a device will trust blindly. */
final class ProfileSource {

    private ProfileSource() {
    }

    /** @throws IllegalArgumentException naming what is missing */
    static Endpoint incoming(ServerSettings settings, String owner) {
        if (settings.type() == MailboxType.EXCHANGE) {
            throw new IllegalArgumentException(owner + " is an Exchange mailbox: devices set it up as an Exchange"
                    + " account, not from an IMAP/POP profile");
        }
        return settings.incoming().orElseThrow(() -> new IllegalArgumentException(
                owner + " has no incoming server yet: record it (or discover it) before exporting a profile"));
    }

    static Endpoint outgoing(ServerSettings settings, String owner) {
        return settings.outgoing().orElseThrow(() -> new IllegalArgumentException(
                owner + " has no outgoing (SMTP) server yet: record it (or discover it) before exporting a profile"));
    }

    static String describe(DomainName domain) {
        return "The domain " + domain.unicode();
    }
}
