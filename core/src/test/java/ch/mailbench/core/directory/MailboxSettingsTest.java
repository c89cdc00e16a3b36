package ch.mailbench.core.directory;

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

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxSettingsTest {

    private static final ServerSettings OLD = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.old.ch", 993, Security.SSL_TLS),
            Endpoint.of("mail.old.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
    private static final ServerSettings NEW = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
            Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);

    private final MailDomain domain = new MailDomain(7, 1, 1, DomainName.of("dupont.ch"), "", OLD);

    @Test
    void theDomainsUsernameFormatMeansPlainInheritance() {
        assertThat(MailboxSettings.onDomainServers(domain, UsernameFormat.FULL_ADDRESS)).isEmpty();
    }

    @Test
    void anotherUsernameFormatKeepsTheDomainsServers() {
        Optional<ServerSettings> own = MailboxSettings.onDomainServers(domain, UsernameFormat.LOCAL_PART);

        assertThat(own).contains(OLD.withUsernameFormat(UsernameFormat.LOCAL_PART));
        assertThat(MailboxSettings.usesDomainServers(mailbox(own), domain)).isTrue();
    }

    @Test
    void aMailboxOnTheDomainsServersFollowsWhenTheyChange() {
        Mailbox localPart = mailbox(MailboxSettings.onDomainServers(domain, UsernameFormat.LOCAL_PART));

        Optional<Mailbox> moved = MailboxSettings.followDomain(localPart, OLD, domain.withDefaults(NEW));

        assertThat(moved).hasValueSatisfying(m -> assertThat(m.ownSettings()).contains(NEW.withUsernameFormat(UsernameFormat.LOCAL_PART)));
    }

    @Test
    void aMailboxWithItsOwnServersStaysWhereItIs() {
        ServerSettings elsewhere = ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bluewin.ch", 995, Security.SSL_TLS),
                Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);

        assertThat(MailboxSettings.followDomain(mailbox(Optional.of(elsewhere)), OLD, domain.withDefaults(NEW))).isEmpty();
        assertThat(MailboxSettings.usesDomainServers(mailbox(Optional.of(elsewhere)), domain)).isFalse();
    }

    private Mailbox mailbox(Optional<ServerSettings> own) {
        return Mailbox.create(domain.id(), EmailAddress.parse("paul@dupont.ch"), "Paul").withOwnSettings(own);
    }
}
