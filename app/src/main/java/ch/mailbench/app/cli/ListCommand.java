package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code mailbench list}: every mailbox with its truthful status, filtered like the console's overview. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists mailboxes with their effective settings and status: verified, failing, stale "
                + "(settings changed since the last check, or the check is older than 90 days), never (checked), "
                + "needs-password; and whether a password is stored, since when."})
final class ListCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    MailboxFilterOptions where = new MailboxFilterOptions();

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only this status: verified, failing, stale, never or needs-password.")
    String status;

    @Option(names = "--json", description = "One JSON object per mailbox per line.")
    boolean json;

    private final MailbenchCommand parent;

    ListCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        Set<CheckStatus> statuses = status == null ? Set.of() : Set.of(CheckStatus.fromKeyword(status));
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        List<MailboxOverview.Row> rows = workbench.overview().rows(where.toFilter(statuses));
        // One query for every row's password date, as the console's mailbox table reads it.
        Map<Long, Optional<Instant>> passwords = workbench.store().repositories().secrets().passwordDates();
        PrintWriter out = parent.output().out();
        if (json) {
            rows.forEach(row -> out.println(json(row, passwords)));
        } else {
            table(out, rows, passwords);
        }
        return MailbenchCommand.EXIT_OK;
    }

    private static void table(PrintWriter out, List<MailboxOverview.Row> rows, Map<Long, Optional<Instant>> passwords) {
        String format = "%-34s %-22s %-34s %-34s %-15s %-17s %s%n";
        out.printf(format, "MAILBOX", "CUSTOMER", "INCOMING", "SMTP", "STATUS", "PASSWORD", "LAST CHECK");
        for (MailboxOverview.Row row : rows) {
            out.printf(format, row.mailbox().address().unicode(), row.customer().name(), endpoint(row.settings().incoming()),
                    endpoint(row.settings().outgoing()), row.status().symbol() + " " + row.status().keyword(),
                    password(passwords, row.mailbox().id()),
                    row.mailbox().lastCheck().map(c -> c.at() + " " + c.outcome()).orElse("-"));
        }
        out.printf("%n%d mailbox(es)%n", rows.size());
    }

    /** "stored 2026-11-30" (the day here), "stored" when the day was not recorded, or "none". */
    static String password(Map<Long, Optional<Instant>> passwords, long mailboxId) {
        if (!passwords.containsKey(mailboxId)) {
            return "none";
        }
        return passwords.get(mailboxId).map(at -> "stored " + LocalDate.ofInstant(at, ZoneId.systemDefault())).orElse("stored");
    }

    private static String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> e.host().unicode() + ":" + e.port() + " " + e.security().name()).orElse("-");
    }

    private static String json(MailboxOverview.Row row, Map<Long, Optional<Instant>> passwords) {
        Optional<LastCheck> last = row.mailbox().lastCheck();
        Optional<Instant> passwordSetAt = passwords.getOrDefault(row.mailbox().id(), Optional.empty());
        return "{" + VerifyJson.string("email") + ":" + VerifyJson.string(row.mailbox().address().unicode())
                + "," + VerifyJson.string("customer") + ":" + VerifyJson.string(row.customer().name())
                + "," + VerifyJson.string("domain") + ":" + VerifyJson.string(row.domain().name().unicode())
                + "," + VerifyJson.string("provider") + ":" + VerifyJson.string(row.domain().provider())
                + "," + VerifyJson.string("type") + ":" + VerifyJson.string(row.settings().type().name())
                + "," + VerifyJson.string("incoming") + ":" + endpointJson(row.settings().incoming())
                + "," + VerifyJson.string("smtp") + ":" + endpointJson(row.settings().outgoing())
                + "," + VerifyJson.string("username_format") + ":" + VerifyJson.string(row.settings().usernameFormat().storageForm())
                + "," + VerifyJson.string("own_settings") + ":" + row.mailbox().ownSettings().isPresent()
                + "," + VerifyJson.string("status") + ":" + VerifyJson.string(row.status().keyword())
                + "," + VerifyJson.string("password_stored") + ":" + passwords.containsKey(row.mailbox().id())
                + "," + VerifyJson.string("password_set_at") + ":" + passwordSetAt.map(at -> VerifyJson.string(at.toString())).orElse("null")
                + "," + VerifyJson.string("last_check_at") + ":" + last.map(c -> VerifyJson.string(c.at().toString())).orElse("null")
                + "," + VerifyJson.string("last_check_outcome") + ":" + last.map(c -> VerifyJson.string(c.outcome().name())).orElse("null")
                + "}";
    }

    private static String endpointJson(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> "{" + VerifyJson.string("host") + ":" + VerifyJson.string(e.host().unicode())
                + "," + VerifyJson.string("port") + ":" + e.port().number()
                + "," + VerifyJson.string("security") + ":" + VerifyJson.string(e.security().name()) + "}").orElse("null");
    }
}
