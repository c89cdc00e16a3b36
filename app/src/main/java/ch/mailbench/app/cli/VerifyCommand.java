package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.MailboxSelection;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.task.ProgressMonitor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mailbench verify}: real logins for the chosen mailboxes, recorded, as a table or JSON lines. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Tests mailboxes with real logins to their incoming and SMTP servers (no message is sent) "
                + "and records every attempt.",
                "Exit code 0: every check passed; 1: a check failed; 2: usage or database error."},
        footer = {"", "Stored passwords need the master password: set MAILBENCH_MASTER_PASSWORD or use --master-password-file."})
final class VerifyCommand implements Callable<Integer> {

    static final class Selection {
        @Option(names = "--mailbox", paramLabel = "EMAIL", description = "One mailbox.")
        String mailbox;
        @Option(names = "--domain", paramLabel = "DOMAIN", description = "Every mailbox of a domain.")
        String domain;
        @Option(names = "--customer", paramLabel = "NAME", description = "Every mailbox of a customer.")
        String customer;
        @Option(names = "--all", description = "Every mailbox in the database.")
        boolean all;

        MailboxSelection toSelection() {
            if (mailbox != null) {
                return new MailboxSelection.One(EmailAddress.parse(mailbox));
            }
            if (domain != null) {
                return new MailboxSelection.OfDomain(DomainName.of(domain));
            }
            if (customer != null) {
                return new MailboxSelection.OfCustomer(customer);
            }
            return new MailboxSelection.All();
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--json", description = "One JSON object per mailbox per line instead of the table.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Timeout for connecting and for every read and write, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    private MasterPasswordOptions masterPassword;

    private final MailbenchCommand parent;

    VerifyCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("--timeout must be between 1 and 600 seconds, not " + timeoutSeconds);
        }
        MailboxSelection chosen = selection.toSelection();
        Workbench workbench = masterPassword.openUnlocked(parent);
        List<Mailbox> mailboxes = workbench.verification().select(chosen);
        ProbeOptions options = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        List<MailboxReport> reports = workbench.verification().verify(mailboxes, options, ProgressMonitor.silent());
        OutcomeTexts texts = new OutcomeTexts(Locale.getDefault());
        if (json) {
            reports.forEach(report -> parent.output().out().println(VerifyJson.line(report, texts)));
        } else {
            new VerifyTable(parent.output().out(), texts).print(reports);
        }
        return reports.stream().allMatch(r -> r.passed() || r.servers().stream().noneMatch(s -> s.tested()))
                ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
    }
}
