package ch.mailbench.app.cli;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerRole;
import ch.mailbench.core.probe.ServerTarget;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The printers are total: a server without a result (a run stopped early) is printed as such, never a crash. */
class VerifyPrintersTest {

    private final OutcomeTexts texts = new OutcomeTexts(Locale.ENGLISH);

    private static MailboxReport withoutResults() {
        Mailbox mailbox = Mailbox.create(1, EmailAddress.parse("marie@bakery-dupont.ch"), "");
        ServerTarget imap = new ServerTarget(ServerRole.INCOMING, Protocol.IMAP, Endpoint.of("imap.example.ch", 993, Security.SSL_TLS), true);
        ServerTarget smtp = new ServerTarget(ServerRole.SMTP, Protocol.SMTP, Endpoint.of("smtp.example.ch", 465, Security.SSL_TLS), true);
        return new MailboxReport(mailbox, "bakery-dupont.ch", true, new ServerReport(ServerRole.INCOMING, Optional.of(imap), List.of()),
                new ServerReport(ServerRole.SMTP, Optional.of(smtp), List.of()), UsernameFormat.FULL_ADDRESS, Optional.empty(), false);
    }

    @Test
    void theTableSaysNoResultForAServerThatWasNotChecked() {
        StringWriter out = new StringWriter();

        new VerifyTable(new PrintWriter(out, true), texts).print(List.of(withoutResults()));

        assertThat(out.toString()).contains("marie@bakery-dupont.ch", "imap.example.ch:993", "? no result");
    }

    @Test
    void theJsonSaysThereIsNoResult() {
        String line = VerifyJson.line(withoutResults(), texts);

        assertThat(line).contains("\"outcome\":null", "\"result\":\"none\"", "\"host\":\"smtp.example.ch\"");
    }
}
