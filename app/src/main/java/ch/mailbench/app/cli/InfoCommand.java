package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.port.Repositories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench info}: which database is used, its schema version and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the database file in use, its schema version, how many customers, domains and mailboxes it holds, "
                + "and how many mailbox passwords are stored (with the day the latest was set).")
final class InfoCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    private final MailbenchCommand parent;

    InfoCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        Repositories repositories = workbench.store().repositories();
        Collection<Optional<Instant>> passwords = repositories.secrets().passwordDates().values();
        Optional<Instant> latest = passwords.stream().flatMap(Optional::stream).max(Instant::compareTo);
        PrintWriter out = parent.output().out();
        if (json) {
            out.println("{" + VerifyJson.string("database") + ":" + VerifyJson.string(workbench.database().location())
                    + "," + VerifyJson.string("schema_version") + ":" + VerifyJson.string(String.valueOf(workbench.database().schemaVersion()))
                    + "," + VerifyJson.string("customers") + ":" + repositories.customers().count()
                    + "," + VerifyJson.string("domains") + ":" + repositories.domains().count()
                    + "," + VerifyJson.string("mailboxes") + ":" + repositories.mailboxes().count()
                    + "," + VerifyJson.string("passwords") + ":" + passwords.size()
                    + "," + VerifyJson.string("latest_password_set_at") + ":"
                    + latest.map(at -> VerifyJson.string(at.toString())).orElse("null") + "}");
            return MailbenchCommand.EXIT_OK;
        }
        out.printf("Database:  %s%n", workbench.database().location());
        out.printf("Schema:    version %s%n", workbench.database().schemaVersion());
        out.printf("Customers: %d%n", repositories.customers().count());
        out.printf("Domains:   %d%n", repositories.domains().count());
        out.printf("Mailboxes: %d%n", repositories.mailboxes().count());
        out.printf("Passwords: %d stored%s%n", passwords.size(),
                latest.map(at -> ", the latest set " + LocalDate.ofInstant(at, ZoneId.systemDefault())).orElse(""));
        return MailbenchCommand.EXIT_OK;
    }
}
