package ch.mailbench.app.ui.migration;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.Attempt;
import ch.mailbench.core.probe.Diagnosis;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerRole;
import ch.mailbench.core.probe.ServerTarget;
import ch.mailbench.core.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The status-bar line of a bulk run: done/total, passed/failed, elapsed and a remaining estimate. */
class RunProgressTest {

    @Test
    void showsFiguresElapsedAndRemainingUnderItsOwnTitle() {
        List<String> titles = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        ProgressMonitor console = new ProgressMonitor() {
            @Override public void begin(String task, int totalUnits) { titles.add(task + " /" + totalUnits); }
            @Override public void worked(int units) { }
            @Override public void subTask(String description) { lines.add(description); }
            @Override public boolean isCancelled() { return false; }
            @Override public void done() { }
        };
        AtomicLong nanos = new AtomicLong();
        RunProgress progress = new RunProgress(console, new MigrationTexts(Locale.ENGLISH), "Re-verifying bakery-dupont.ch", nanos::get);

        progress.begin("Testing 4 mailbox(es)", 4);
        progress.subTask("marie@bakery-dupont.ch — IMAP");
        nanos.set(12_000_000_000L);

        progress.recorded(report(Outcome.OK));
        progress.recorded(report(Outcome.AUTH_FAILED));
        progress.recorded(report(Outcome.NEEDS_PASSWORD));

        assertThat(titles).containsExactly("Re-verifying bakery-dupont.ch /4");
        assertThat(lines).startsWith("0/4 · ✔ 0 ✖ 0 · 0:00")
                .endsWith("3/4 · ✔ 1 ✖ 1 · 0:12 · about 0:04 left");
    }

    private static MailboxReport report(Outcome outcome) {
        Endpoint endpoint = Endpoint.of("mail.bakery-dupont.ch", 993, Security.SSL_TLS);
        ServerReport incoming = new ServerReport(ServerRole.INCOMING, Optional.of(new ServerTarget(ServerRole.INCOMING, Protocol.IMAP,
                endpoint, true)), List.of(new Attempt("marie", UsernameFormat.FULL_ADDRESS, Diagnosis.of(outcome, "", ""), 5,
                Optional.empty(), "", Optional.empty(), true)));
        ServerReport smtp = new ServerReport(ServerRole.SMTP, Optional.empty(), List.of());
        return new MailboxReport(Mailbox.create(1, EmailAddress.parse("marie@bakery-dupont.ch"), ""), "bakery-dupont.ch", true,
                incoming, smtp, UsernameFormat.FULL_ADDRESS, Optional.empty(), false);
    }
}
