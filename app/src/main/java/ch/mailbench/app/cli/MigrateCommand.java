package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.change.ChangePreview;
import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.change.ChangeSetEntry;
import ch.mailbench.core.change.ChangeTexts;
import ch.mailbench.core.change.ServerChange;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.model.UsernameFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench migrate}: change the servers of a domain or of everyone on a host, as a revertible change set. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Changes the servers of domains (and, with --include-own-settings, of mailboxes with their own "
                + "settings) in one transaction, recorded as a change set that --revert undoes.",
                "Prints every affected mailbox, old -> new, field by field; --dry-run writes nothing.",
                "Afterwards the changed mailboxes are stale until verified again (mailbench verify --failed-only)."})
final class MigrateCommand implements Callable<Integer> {

    static final class Mode {
        @Option(names = "--domain", paramLabel = "DOMAIN", description = "Change this domain's servers (repeatable).")
        List<String> domains;
        @Option(names = "--host", paramLabel = "OLD_HOST", description = "Change every server on OLD_HOST.")
        String host;
        @Option(names = "--list", description = "List the change sets, newest first.")
        boolean list;
        @Option(names = "--revert", paramLabel = "ID", description = "Restore the old values of change set ID.")
        Long revert;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--incoming", paramLabel = "HOST:PORT:SECURITY", description = "New incoming server, e.g. imap.new.ch:993:SSL.")
    String incoming;

    @Option(names = "--smtp", paramLabel = "HOST:PORT:SECURITY", description = "New SMTP server, e.g. smtp.new.ch:465:SSL.")
    String smtp;

    @Option(names = "--username-format", paramLabel = "FULL|LOCAL", description = "New user name format.")
    String usernameFormat;

    @Option(names = "--include-own-settings", description = "Also change mailboxes with their own settings (flagged otherwise).")
    boolean includeOwnSettings;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "JSON lines instead of text.")
    boolean json;

    private final MailbenchCommand parent;

    MigrateCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        PrintWriter out = parent.output().out();
        if (mode.list || mode.revert != null) {
            if (incoming != null || smtp != null || usernameFormat != null || dryRun) {
                throw new IllegalArgumentException("--list and --revert take no --incoming, --smtp, --username-format or --dry-run");
            }
            Workbench workbench = parent.factory().open(parent.databasePath());
            if (mode.list) {
                workbench.changeSets().list().forEach(set -> print(out, set));
            } else {
                ChangeSet reverted = workbench.changeSets().revert(mode.revert);
                out.println((json ? "" : "Reverted: ") + line(reverted));
            }
            return MailbenchCommand.EXIT_OK;
        }
        ServerChange change = change();
        Workbench workbench = parent.factory().open(parent.databasePath());
        ChangePreview preview = workbench.changeSets().preview(change);
        printPreview(out, preview, change);
        if (dryRun) {
            out.println(json ? "" : "Dry run: nothing was written.");
            return MailbenchCommand.EXIT_OK;
        }
        ChangeSet applied = workbench.changeSets().apply(change);
        out.println(json ? line(applied) : "Applied as change set " + applied.id() + " (revert with: mailbench migrate --revert "
                + applied.id() + "). The changed mailboxes are stale until verified again.");
        return MailbenchCommand.EXIT_OK;
    }

    private ServerChange change() {
        ServerChange.Scope scope = mode.host != null ? new ServerChange.Scope.OnHost(HostName.of(mode.host))
                : new ServerChange.Scope.Domains(mode.domains.stream().map(DomainName::of).toList());
        return new ServerChange(scope, Optional.ofNullable(incoming).map(Endpoint::parse), Optional.ofNullable(smtp).map(Endpoint::parse),
                Optional.ofNullable(usernameFormat).map(MigrateCommand::format), includeOwnSettings);
    }

    private static UsernameFormat format(String text) {
        UsernameFormat format = UsernameFormat.fromStorageForm(text);
        if (format.kind() == UsernameFormat.Kind.CUSTOM) {
            throw new IllegalArgumentException("--username-format is FULL or LOCAL, not \"" + text + "\"");
        }
        return format;
    }

    private void printPreview(PrintWriter out, ChangePreview preview, ServerChange change) {
        if (!json) {
            out.println(new ChangeTexts(Locale.getDefault()).describe(change));
        }
        for (ChangePreview.Row row : preview.rows()) {
            if (json) {
                out.println("{" + VerifyJson.string("email") + ":" + VerifyJson.string(row.address())
                        + "," + VerifyJson.string("domain") + ":" + VerifyJson.string(row.domain())
                        + "," + VerifyJson.string("own_settings") + ":" + row.ownSettings()
                        + "," + VerifyJson.string("changes") + ":" + row.changes()
                        + "," + VerifyJson.string("before") + ":" + VerifyJson.string(SettingsText.format(row.before()))
                        + "," + VerifyJson.string("after") + ":" + VerifyJson.string(SettingsText.format(row.after())) + "}");
                continue;
            }
            String flag = row.ownSettings() ? (row.included() ? " [own settings, included]" : " [own settings, left alone]") : "";
            out.println("  " + row.address() + flag);
            row.fields().forEach(f -> out.println("      " + f.field() + ": " + f.oldValue() + " -> " + f.newValue()));
            if (row.ownSettings() && !row.included()) {
                out.println("      (unchanged; --include-own-settings changes it too)");
            }
        }
        if (!json) {
            out.printf("%d mailbox(es) change, %d with own settings left alone%n", preview.changing(), preview.leftAlone());
        }
    }

    private void print(PrintWriter out, ChangeSet set) {
        if (json) {
            out.println(line(set));
            return;
        }
        out.println(line(set));
        for (ChangeSetEntry entry : set.entries()) {
            out.println("    " + entry.target().name().toLowerCase(java.util.Locale.ROOT) + " " + entry.label() + ": "
                    + SettingsText.format(entry.oldSettings()) + " -> " + SettingsText.format(entry.newSettings()));
        }
    }

    private String line(ChangeSet set) {
        if (json) {
            return "{" + VerifyJson.string("id") + ":" + set.id()
                    + "," + VerifyJson.string("created_at") + ":" + VerifyJson.string(set.createdAt().toString())
                    + "," + VerifyJson.string("created_by") + ":" + VerifyJson.string(set.createdBy())
                    + "," + VerifyJson.string("description") + ":" + VerifyJson.string(set.description())
                    + "," + VerifyJson.string("rows") + ":" + set.entries().size()
                    + "," + VerifyJson.string("reverted_at") + ":" + set.revertedAt().map(t -> VerifyJson.string(t.toString())).orElse("null")
                    + "}";
        }
        return "#" + set.id() + "  " + set.createdAt() + "  " + set.createdBy() + "  " + new ChangeTexts(Locale.getDefault()).describe(set)
                + "  ("
                + set.entries().size() + " row(s))" + set.revertedAt().map(t -> "  reverted " + t + " by "
                + set.revertedBy().orElse("?")).orElse("");
    }
}
