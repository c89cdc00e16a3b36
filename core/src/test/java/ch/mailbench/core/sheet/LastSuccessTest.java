package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's "last successful check" counts only checks of exactly the settings it prints. */
class LastSuccessTest {

    private static final MailboxSheet DUPONT = Sheets.dupont(SheetLanguage.EN);
    private static final Mailbox MARIE = DUPONT.mailbox();
    private static final String USER = "marie@xn--bckerei-dupont-5hb.ch";
    private static final Endpoint IMAP = Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS);
    private static final Endpoint SMTP = Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS);

    @Test
    void theNewestSuccessOfEachServerCounts() {
        List<Verification> history = List.of(
                check("2026-03-11T10:00:00Z", Protocol.IMAP, IMAP, USER, Outcome.TIMEOUT),
                check("2026-03-10T08:30:00Z", Protocol.SMTP, SMTP, USER, Outcome.OK),
                check("2026-03-10T08:29:00Z", Protocol.IMAP, IMAP, USER, Outcome.OK),
                check("2026-02-01T08:00:00Z", Protocol.IMAP, IMAP, USER, Outcome.OK));

        assertThat(SheetService.lastSuccess(MARIE, DUPONT.settings(), history))
                .contains(new LastSuccess(Instant.parse("2026-03-10T08:30:00Z"), true, true));
    }

    @Test
    void successesWithOtherServersPortsOrUserNamesDoNotCount() {
        List<Verification> history = List.of(
                check("2026-03-10T08:30:00Z", Protocol.IMAP, Endpoint.of("mail.infomaniak.com", 143, Security.STARTTLS), USER, Outcome.OK),
                check("2026-03-10T08:31:00Z", Protocol.IMAP, IMAP, "marie", Outcome.OK),
                check("2026-03-10T08:32:00Z", Protocol.POP3, IMAP, USER, Outcome.OK),
                check("2026-03-10T08:33:00Z", Protocol.SMTP, SMTP, USER, Outcome.AUTH_FAILED));

        assertThat(SheetService.lastSuccess(MARIE, DUPONT.settings(), history)).isEmpty();
        assertThat(SheetService.lastSuccess(MARIE, DUPONT.settings().withUsernameFormat(UsernameFormat.LOCAL_PART), history))
                .contains(new LastSuccess(Instant.parse("2026-03-10T08:31:00Z"), true, false));
    }

    private static Verification check(String at, Protocol protocol, Endpoint endpoint, String user, Outcome outcome) {
        return new Verification(1, MARIE.id(), Instant.parse(at), protocol, endpoint, user, UsernameFormat.FULL_ADDRESS, outcome,
                50, Optional.empty(), "", "");
    }
}
