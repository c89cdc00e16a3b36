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
        out.printf(ROW, "MAILBOX", "", "PROTO", "SERVER", "SECURITY", "USERNAME", "RESULT", "MS");
        int failed = 0;
        for (MailboxReport report : reports) {
            String address = report.mailbox().address().unicode();
            for (ServerReport server : report.servers()) {
                row(address, server);
                address = "";
            }
            report.suggestedFormat().ifPresent(format -> out.printf("  → works with %s; %s's settings still say %s (use the console's \"Use these settings\")%n",
                    describe(format), report.inheritsDomainSettings() ? "the domain " + report.domainName() : "the mailbox",
                    describe(report.recordedFormat())));
            if (report.formatUpdated()) {
                out.printf("  → user name format updated to %s%n", describe(report.workingFormat().orElseThrow()));
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
        Attempt verdict = server.verdict().orElseThrow();
        String result = (verdict.passed() ? "✔ " : "✖ ") + texts.label(verdict.outcome());
        out.printf(ROW, address, role, target.protocol().name(),
                target.endpoint().host().unicode() + ":" + target.endpoint().port(), target.endpoint().security().label(),
                target.login() ? describe(verdict.usernameFormat()) : "(no login)", result, verdict.latencyMillis());
        if (!verdict.passed()) {
            out.printf("  %s%n", texts.explanation(verdict.diagnosis()));
            String hint = texts.hint(verdict.diagnosis());
            if (!hint.isBlank()) {
                out.printf("  Hint: %s%n", hint);
            }
        } else if (server.fallbackWorked()) {
            out.printf("  Worked only with %s, not with %s%n", describe(verdict.usernameFormat()),
                    describe(server.attempts().get(0).usernameFormat()));
        }
    }

    private static String describe(UsernameFormat format) {
        return switch (format.kind()) {
            case FULL_ADDRESS -> "full address";
            case LOCAL_PART -> "before the @";
            case CUSTOM -> format.customValue();
        };
    }
}
