package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static ch.mailbench.app.cli.DiscoverJson.close;
import static ch.mailbench.app.cli.DiscoverJson.field;
import static ch.mailbench.app.cli.VerifyJson.string;

/** {@code mailbench log}: who changed what, when, old → new; newest first. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Shows the history of changes: who, when, what, old → new values (passwords only as \"stored\"), newest first; "
                + "in the process's language (French, German, else English), --json in fixed English names."})
final class LogCommand implements Callable<Integer> {

    static final class Where {
        @Option(names = "--customer", paramLabel = "NAME", description = "Changes of one customer, its domains and mailboxes (also a deleted one).")
        String customer;
        @Option(names = "--mailbox", paramLabel = "EMAIL", description = "Changes of one mailbox.")
        String mailbox;
    }

    @ArgGroup(exclusive = true)
    Where where = new Where();

    @Option(names = "--since", paramLabel = "DATE", description = "Only changes from this day (2026-11-30, local time) or instant (2026-11-30T08:00:00Z) on.")
    String since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N changes (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per change per line.")
    boolean json;

    private final MailbenchCommand parent;

    LogCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        Optional<Instant> from = Optional.ofNullable(since).map(LogCommand::instant);
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be 1 or more, not " + limit);
        }
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        Optional<Long> customerId = Optional.empty();
        if (where.customer != null) {
            customerId = Optional.of(workbench.history().customerIdNamed(where.customer).orElseThrow(() -> new IllegalArgumentException(
                    "--customer: no customer is or was called \"" + where.customer + "\"")));
        }
        List<HistoryEntry> entries = workbench.history().log(new HistoryQuery(customerId, Optional.ofNullable(where.mailbox)
                .map(String::strip), from, limit));
        PrintWriter out = parent.output().out();
        if (json) {
            entries.forEach(entry -> out.println(json(entry)));
        } else {
            table(out, entries, new HistoryTexts(Locale.getDefault()));
        }
        return MailbenchCommand.EXIT_OK;
    }

    static Instant instant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since: \"" + text + "\" is not a date like 2026-11-30 or an instant like 2026-11-30T08:00:00Z");
        }
    }

    static void table(PrintWriter out, List<HistoryEntry> entries, HistoryTexts texts) {
        String format = "%-20s %-14s %-24s %-34s %s%n";
        out.printf(format, texts.say("head.when"), texts.say("head.who"), texts.say("head.what"), texts.say("head.on"),
                texts.say("head.changes"));
        for (HistoryEntry entry : entries) {
            out.printf(format, entry.at().toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", ""), entry.by(), texts.what(entry),
                    entry.label(), changes(entry));
        }
        out.printf("%n%s%n", texts.say("count", entries.size()));
    }

    private static String changes(HistoryEntry entry) {
        if (entry.action() == HistoryEntry.Action.DELETED || entry.action() == HistoryEntry.Action.UNDONE) {
            return "";
        }
        return entry.changes().stream().map(c -> c.field() + ": " + shown(c.oldValue()) + " → " + shown(c.newValue()))
                .collect(Collectors.joining("; "));
    }

    private static String shown(String value) {
        return value.isEmpty() ? "–" : value;
    }

    static String json(HistoryEntry entry) {
        StringBuilder json = new StringBuilder("{");
        field(json, "id", Long.toString(entry.id()));
        field(json, "operation", Long.toString(entry.operationId()));
        field(json, "at", string(entry.at().toString()));
        field(json, "by", string(entry.by()));
        field(json, "action", string(entry.action().name().toLowerCase(java.util.Locale.ROOT)));
        field(json, "target", string(entry.target().name().toLowerCase(java.util.Locale.ROOT)));
        field(json, "target_id", Long.toString(entry.targetId()));
        field(json, "customer_id", entry.customerId().map(String::valueOf).orElse("null"));
        field(json, "label", string(entry.label()));
        field(json, "old", values(entry.oldValues()));
        field(json, "new", values(entry.newValues()));
        field(json, "undone", Boolean.toString(entry.undone()));
        return close(json);
    }

    private static String values(java.util.Map<String, String> values) {
        return new java.util.TreeMap<>(values).entrySet().stream().map(e -> string(e.getKey()) + ":" + string(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
