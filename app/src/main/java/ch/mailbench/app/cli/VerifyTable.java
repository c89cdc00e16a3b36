package ch.mailbench.app.cli;

import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.Attempt;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerRole;
import ch.mailbench.core.probe.ServerTarget;

import java.io.PrintWriter;
import java.util.List;

/** The human table of {@code mailbench verify}: one line per server, the explanation under each failure. */
final class VerifyTable {

    private static final String ROW = "%-32s %-4s %-5s %-32s %-9s %-14s %-28s %7s%n";

    private final PrintWriter out;
    private final OutcomeTexts texts;

    VerifyTable(PrintWriter out, OutcomeTexts texts) {
        this.out = out;
        this.texts = texts;
    }

    void print(List<MailboxReport> reports) {
        if (reports.isEmpty()) {
            out.println("No mailboxes to test.");
            return;
        }
        out.printf(ROW, "MAILBOX", "", "PROTO", "SERVER", "SECURITY", "USERNAME", "RESULT", "MS");
        int failed = 0;
        for (MailboxReport report : reports) {
            String address = report.mailbox().address().unicode();
            for (ServerReport server : report.servers()) {
                row(address, server);
                address = "";
            }
            report.suggestedFormat().ifPresent(format -> out.printf(
                    "  → %s is set to %s, but only %s works: apply it in the console (\"Use these settings\")%n",
                    report.inheritsDomainSettings() ? "The domain " + report.domainName() : "The mailbox",
                    phrase(report.recordedFormat()), phrase(format)));
            if (report.formatUpdated()) {
                out.printf("  → User name format of the mailbox updated to %s%n", phrase(report.workingFormat().orElseThrow()));
            }
            if (!report.passed() && report.servers().stream().anyMatch(ServerReport::tested)) {
                failed++;
            }
        }
        out.printf("%n%d mailbox(es): %d passed, %d failed%n", reports.size(),
                reports.stream().filter(MailboxReport::passed).count(), failed);
    }

    private void row(String address, ServerReport server) {
        String role = server.role() == ServerRole.INCOMING ? "in" : "out";
        if (server.target().isEmpty()) {
            out.printf(ROW, address, role, "-", "(not recorded)", "", "", "", "");
            return;
        }
        ServerTarget target = server.target().get();
        String where = target.endpoint().host().unicode() + ":" + target.endpoint().port();
        if (server.verdict().isEmpty()) {
            // The run stopped (or failed) before this server had a result: say so, never guess.
            out.printf(ROW, address, role, target.protocol().name(), where, target.endpoint().security().label(), "",
                    "? no result", "");
            return;
        }
        Attempt verdict = server.verdict().get();
        String result = (verdict.passed() ? "✔ " : "✖ ") + texts.label(verdict.outcome());
        out.printf(ROW, address, role, target.protocol().name(), where, target.endpoint().security().label(),
                target.login() ? describe(verdict.usernameFormat()) : "(no login)", result, verdict.latencyMillis());
        if (!verdict.passed()) {
            out.printf("  %s%n", texts.explanation(verdict.diagnosis()));
            String hint = texts.hint(verdict.diagnosis());
            if (!hint.isBlank()) {
                out.printf("  Hint: %s%n", hint);
            }
        } else if (server.fallbackWorked()) {
            out.printf("  Worked only with %s, not with %s%n", phrase(verdict.usernameFormat()),
                    phrase(server.attempts().get(0).usernameFormat()));
        }
    }

    /** For sentences: "the part before the @". */
    private static String phrase(UsernameFormat format) {
        return switch (format.kind()) {
            case FULL_ADDRESS -> "the full address";
            case LOCAL_PART -> "the part before the @";
            case CUSTOM -> "\"" + format.customValue() + "\"";
        };
    }

    /** For the column: "before the @". */
    private static String describe(UsernameFormat format) {
        return switch (format.kind()) {
            case FULL_ADDRESS -> "full address";
            case LOCAL_PART -> "before the @";
            case CUSTOM -> format.customValue();
        };
    }
}
