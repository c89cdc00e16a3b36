package ch.mailbench.app.cli;

import ch.mailbench.core.probe.Attempt;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerTarget;

import java.util.Optional;

/** One JSON object per mailbox, on one line, for scripts: the fields the issue promises, and a few more. */
final class VerifyJson {

    private VerifyJson() {
    }

    static String line(MailboxReport report, OutcomeTexts texts) {
        StringBuilder json = new StringBuilder("{");
        field(json, "email", string(report.mailbox().address().unicode()));
        field(json, "passed", Boolean.toString(report.passed()));
        field(json, "incoming", server(report.incoming(), texts));
        field(json, "smtp", server(report.smtp(), texts));
        field(json, "suggested_username_format", report.suggestedFormat().map(f -> string(f.storageForm())).orElse("null"));
        field(json, "username_format_updated", Boolean.toString(report.formatUpdated()));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static String server(ServerReport server, OutcomeTexts texts) {
        if (server.target().isEmpty()) {
            return "null";
        }
        ServerTarget target = server.target().get();
        Optional<Attempt> verdict = server.verdict();
        StringBuilder json = new StringBuilder("{");
        field(json, "protocol", string(target.protocol().name()));
        field(json, "host", string(target.endpoint().host().unicode()));
        field(json, "port", Integer.toString(target.endpoint().port().number()));
        field(json, "security", string(target.endpoint().security().name()));
        field(json, "username_format", verdict.map(a -> string(a.usernameFormat().storageForm())).orElse("null"));
        field(json, "username", verdict.map(a -> string(a.username())).orElse("null"));
        field(json, "outcome", verdict.map(a -> string(a.outcome().name())).orElse("null"));
        field(json, "latency_ms", verdict.map(a -> Long.toString(a.latencyMillis())).orElse("null"));
        field(json, "message", verdict.map(a -> string(texts.explanation(a.diagnosis()))).orElse("null"));
        field(json, "hint", verdict.map(a -> string(texts.hint(a.diagnosis()))).orElse("null"));
        field(json, "attempts", Integer.toString(server.attempts().size()));
        field(json, "result", string(verdict.isPresent() ? "recorded" : "none"));
        field(json, "certificate_sha256", verdict.flatMap(Attempt::certificate).map(c -> string(c.sha256Fingerprint())).orElse("null"));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(string(name)).append(':').append(value).append(',');
    }

    static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
