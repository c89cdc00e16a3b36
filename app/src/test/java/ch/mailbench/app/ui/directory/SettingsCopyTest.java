package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings a technician pastes into an email or a ticket, in the UI language. */
class SettingsCopyTest {

    private static final MailDomain BLUEWIN = new MailDomain(1, 1, 9, DomainName.of("garage-müller.ch"), "Swisscom",
            ServerSettings.of(MailboxType.IMAP, Endpoint.of("imaps.bluewin.ch", 993, Security.SSL_TLS),
                    Endpoint.of("smtpauths.bluewin.ch", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS));

    private final Mailbox hans = Mailbox.create(1, EmailAddress.parse("hans@garage-müller.ch"), "");

    @Test
    void inGermanWithTheUsernameToType() {
        assertThat(new SettingsCopy(new Messages(Locale.GERMAN)).text(hans, BLUEWIN)).isEqualTo("""
                hans@garage-müller.ch
                Posteingangsserver (IMAP): imaps.bluewin.ch, Port 993, SSL/TLS
                Postausgangsserver (SMTP): smtpauths.bluewin.ch, Port 587, STARTTLS, Authentifizierung erforderlich
                Benutzername: hans@xn--garage-mller-klb.ch
                """);
    }

    @Test
    void inFrenchWithTheMailboxsOwnUsername() {
        Mailbox own = hans.withOwnSettings(Optional.of(BLUEWIN.defaults().withUsernameFormat(UsernameFormat.LOCAL_PART)));

        assertThat(new SettingsCopy(new Messages(Locale.FRENCH)).text(own, BLUEWIN)).isEqualTo("""
                hans@garage-müller.ch
                Serveur de courrier entrant (IMAP) : imaps.bluewin.ch, port 993, SSL/TLS
                Serveur de courrier sortant (SMTP) : smtpauths.bluewin.ch, port 587, STARTTLS, authentification requise
                Nom d’utilisateur : hans
                """);
    }

    @Test
    void anExchangeMailboxHasNoSmtpServer() {
        Mailbox exchange = hans.withOwnSettings(Optional.of(new ServerSettings(MailboxType.EXCHANGE,
                Optional.of(Endpoint.of("outlook.office365.com", 443, Security.SSL_TLS)), Optional.empty(), false,
                UsernameFormat.FULL_ADDRESS)));

        assertThat(new SettingsCopy(new Messages(Locale.ENGLISH)).text(exchange, BLUEWIN)).isEqualTo("""
                hans@garage-müller.ch
                Exchange server: outlook.office365.com
                Outgoing mail: through Exchange (no SMTP server)
                Username: hans@xn--garage-mller-klb.ch
                """);
    }
}
