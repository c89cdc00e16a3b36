package ch.mailbench.core.probe;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.task.ProgressMonitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One mailbox within a run: its servers to check, the shared password, and the reports as they come in. */
final class MailboxJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxJob.class);

    private final Mailbox mailbox;
    private final MailDomain domain;
    private final ServerSettings settings;
    private final Optional<ServerTarget> incoming;
    private final Optional<ServerTarget> smtp;
    private final PasswordLease lease;
    private ServerReport incomingReport;
    private ServerReport smtpReport;
    private int pending;
    private MailboxReport report;

    MailboxJob(Mailbox mailbox, MailDomain domain, ServerSettings settings, Optional<ServerTarget> incoming,
               Optional<ServerTarget> smtp, PasswordLease lease) {
        this.mailbox = mailbox;
        this.domain = domain;
        this.settings = settings;
        this.incoming = incoming;
        this.smtp = smtp;
        this.lease = lease;
        // Until a server's check reports, its report says "no result" (a run stopped early shows that).
        this.incomingReport = new ServerReport(ServerRole.INCOMING, incoming, List.of());
        this.smtpReport = new ServerReport(ServerRole.SMTP, smtp, List.of());
        this.pending = targets().size();
    }

    List<ServerTarget> targets() {
        List<ServerTarget> targets = new ArrayList<>();
        incoming.ifPresent(targets::add);
        smtp.ifPresent(targets::add);
        return targets;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    MailDomain domain() {
        return domain;
    }

    ServerSettings settings() {
        return settings;
    }

    UsernameFormat format() {
        return settings.usernameFormat();
    }

    PasswordLease lease() {
        return lease;
    }

    /** Stores a server's report; true when it was the mailbox's last one. */
    synchronized boolean serverDone(ServerReport server) {
        if (server.role() == ServerRole.INCOMING) {
            incomingReport = server;
        } else {
            smtpReport = server;
        }
        pending--;
        return pending == 0;
    }

    void finish(VerificationService service, ProgressMonitor monitor, VerificationListener listener) {
        MailboxReport concluded;
        synchronized (this) {
            try {
                concluded = service.conclude(this, incomingReport, smtpReport);
            } catch (RuntimeException e) {
                // The checks happened; only recording the summary failed. Report them all the same.
                LOG.warn("Could not record the last check of {}: {}", mailbox.address(), e.toString());
                concluded = new MailboxReport(mailbox, domain.name().unicode(), mailbox.inheritsDomainSettings(),
                        incomingReport, smtpReport, format(), Optional.empty(), false);
            }
            report = concluded;
        }
        monitor.worked(1);
        try {
            listener.checked(concluded);
        } catch (RuntimeException e) {
            LOG.warn("A listener failed on the result of {}: {}", mailbox.address(), e.toString());
        }
    }

    /** The mailbox's report; for a run stopped before it finished, what it has so far (servers without result). */
    synchronized MailboxReport report() {
        return report != null ? report : new MailboxReport(mailbox, domain.name().unicode(), mailbox.inheritsDomainSettings(),
                incomingReport, smtpReport, format(), Optional.empty(), false);
    }
}
