package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one shape of an Exchange mailbox: its server's name, reached over HTTPS, and no SMTP server. */
class ExchangeSettingsTest {

    @Test
    void anExchangeMailboxKeepsOnlyItsServerName() {
        // As an older import stored it: an IMAP port on the Exchange server, and Microsoft's SMTP server.
        ServerSettings stored = ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 993, Security.STARTTLS),
                Endpoint.of("smtp.office365.com", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS);

        assertThat(stored.incoming()).contains(new Endpoint(HostName.of("outlook.office365.com"), ServerSettings.EXCHANGE_PORT, Security.SSL_TLS));
        assertThat(stored.outgoing()).isEmpty();
        assertThat(stored.smtpAuth()).isFalse();
        assertThat(stored.type().incomingProtocol()).isEmpty();
    }

    @Test
    void otherTypesKeepWhatTheyAreGiven() {
        ServerSettings imap = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                Endpoint.of("mail.infomaniak.com", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS);

        assertThat(imap.incoming().orElseThrow().port().number()).isEqualTo(993);
        assertThat(imap.outgoing()).isPresent();
        assertThat(imap.smtpAuth()).isTrue();
    }
}
