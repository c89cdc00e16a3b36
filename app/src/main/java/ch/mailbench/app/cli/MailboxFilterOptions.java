package ch.mailbench.app.cli;

import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.Set;

/**
 * Which mailboxes a command works on, the way the console's overview filters them: by customer,
 * domain, server host or provider. Used as an exclusive {@code @ArgGroup} (one filter at a time) by
 * every command that picks mailboxes (list, verify), so each reads the same options the same way.
 */
final class MailboxFilterOptions {

    @Option(names = "--customer", paramLabel = "NAME", description = "The mailboxes of one customer.")
    String customer;
    @Option(names = "--domain", paramLabel = "DOMAIN", description = "The mailboxes of one domain.")
    String domain;
    @Option(names = "--host", paramLabel = "HOST", description = "Mailboxes whose incoming or SMTP server is HOST.")
    String host;
    @Option(names = "--provider", paramLabel = "NAME", description = "Mailboxes whose domain's provider contains NAME.")
    String provider;

    /** True when the filter is by server host or provider, which only the overview knows. */
    boolean byServer() {
        return host != null || provider != null;
    }

    /** The overview's filter for these options, keeping only {@code statuses} (none: every status). */
    MailboxOverview.Filter toFilter(Set<CheckStatus> statuses) {
        return new MailboxOverview.Filter(Optional.ofNullable(customer), Optional.ofNullable(domain), Optional.ofNullable(host),
                Optional.ofNullable(provider), statuses);
    }
}
