package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.MailboxSelection;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.discovery.ResolverSetting;
import ch.mailbench.core.sheet.RunReport;
import ch.mailbench.core.task.ProgressMonitor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        @Option(names = "--all", description = "Every mailbox in the database.")
        boolean all;
        @ArgGroup(exclusive = true)
        MailboxFilterOptions filter;

        /** True when only the overview can pick the mailboxes (by server host or provider). */
        boolean byServer() {
            return filter != null && filter.byServer();
        }

        MailboxSelection toSelection() {
            if (mailbox != null) {
                return new MailboxSelection.One(EmailAddress.parse(mailbox));
            }
            if (filter != null && filter.domain != null) {
                return new MailboxSelection.OfDomain(DomainName.of(filter.domain));
            }
            if (filter != null && filter.customer != null) {
                return new MailboxSelection.OfCustomer(filter.customer);
            }
            return new MailboxSelection.All();
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--json", description = "One JSON object per mailbox per line instead of the table.")
    boolean json;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "" + ProbeOptions.DEFAULT_PER_HOST,
            description = "At most N connections to one server host at a time (default: ${DEFAULT-VALUE}; 8 in all).")
    int perHost;

    @Option(names = "--failed-only", description = "Only the chosen mailboxes that are failing or stale (retry the failures).")
    boolean failedOnly;

    @Option(names = "--report", paramLabel = "FILE.pdf|FILE.csv",
            description = "Also write the results as a PDF (summary, then one row per mailbox) or CSV, in your language.")
    Path report;

    @Option(names = "--dns", paramLabel = "HOST:PORT",
            description = {"Ask this DNS server for the servers' addresses (the certificate is still checked against the",
                    "server name), and for the domain's MX when a login is refused (to recognise Microsoft 365 or Google)."})
    String dns;

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
        if (perHost < 1 || perHost > 16) {
            throw new IllegalArgumentException("--per-host must be between 1 and 16, not " + perHost);
        }
        String reportName = report == null ? "" : report.getFileName().toString().toLowerCase(Locale.ROOT);
        if (report != null && !reportName.endsWith(".pdf") && !reportName.endsWith(".csv")) {
            throw new IllegalArgumentException("--report must name a .pdf or .csv file, not " + report);
        }
        if (report != null) {
            AtomicFile.requireReplaceable(report);
        }
        if (dns != null) {
            parent.factory().resolverSetting().set(Optional.of(ResolverSetting.check(dns)));
        }
        Workbench workbench = masterPassword.openUnlocked(parent);
        List<Mailbox> mailboxes = chosen(workbench);
        ProbeOptions options = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withLimits(perHost, Math.max(perHost, ProbeOptions.DEFAULT_GLOBAL));
        List<MailboxReport> reports = workbench.verification().verify(mailboxes, options, ProgressMonitor.silent());
        OutcomeTexts texts = new OutcomeTexts(Locale.getDefault());
        if (report != null) {
            RunReport writer = new RunReport(texts, workbench.clock().getZone());
            Instant at = workbench.clock().instant();
            byte[] bytes = reportName.endsWith(".pdf") ? writer.pdf(reports, at) : writer.csv(reports, at);
            AtomicFile.write(report, AtomicFile.Access.OWNER_ONLY, stream -> stream.write(bytes));
        }
        if (json) {
            reports.forEach(report -> parent.output().out().println(VerifyJson.line(report, texts)));
        } else {
            new VerifyTable(parent.output().out(), texts).print(reports);
        }
        return reports.stream().allMatch(r -> r.passed() || r.servers().stream().noneMatch(s -> s.tested()))
                ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
    }

    private List<Mailbox> chosen(Workbench workbench) {
        List<Mailbox> mailboxes;
        if (selection.byServer()) {
            mailboxes = workbench.overview().rows(selection.filter.toFilter(Set.of())).stream().map(MailboxOverview.Row::mailbox).toList();
        } else {
            mailboxes = workbench.verification().select(selection.toSelection());
        }
        if (!failedOnly) {
            return mailboxes;
        }
        Set<Long> retry = workbench.overview().rows(new MailboxOverview.Filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(CheckStatus.FAILING, CheckStatus.STALE))).stream().map(r -> r.mailbox().id())
                .collect(Collectors.toSet());
        return mailboxes.stream().filter(m -> retry.contains(m.id())).toList();
    }
}
