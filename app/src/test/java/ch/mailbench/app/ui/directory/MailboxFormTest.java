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

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxFormTest {

    private static final ServerSettings INFOMANIAK = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS),
            true, UsernameFormat.FULL_ADDRESS);
    private static final ServerSettings BLUEWIN = ServerSettings.of(MailboxType.POP3,
            Endpoint.of("pop.bluewin.ch", 995, Security.SSL_TLS), Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS),
            true, UsernameFormat.LOCAL_PART);

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final MailDomain cafe = new MailDomain(1, 1, 9, DomainName.of("café-martin.ch"), "Infomaniak", INFOMANIAK);
    private final MailDomain other = new MailDomain(2, 1, 9, DomainName.of("cafe-martin.com"), "Swisscom", BLUEWIN);

    @Test
    void aNewMailboxUsesItsDomainsServers() {
        MailboxForm form = newMailbox("commandes");

        assertThat(form.serversEditable()).isFalse();
        assertThat(form.text(ServerSettingsForm.INCOMING_HOST)).isEqualTo("mail.infomaniak.com");
        Mailbox mailbox = form.toMailbox();
        assertThat(mailbox.address()).isEqualTo(EmailAddress.parse("commandes@café-martin.ch"));
        assertThat(mailbox.inheritsDomainSettings()).isTrue();
    }

    @Test
    void aLocalPartLoginOnTheDomainsServers() {
        MailboxForm form = newMailbox("elodie");

        form.setUsernameKind(UsernameFormat.Kind.LOCAL_PART);

        assertThat(form.toMailbox().effectiveSettings(cafe)).isEqualTo(INFOMANIAK.withUsernameFormat(UsernameFormat.LOCAL_PART));
    }

    @Test
    void choosingAnotherDomainShowsItsServers() {
        MailboxForm form = newMailbox("info");

        form.setDomain(other);

        assertThat(form.text(ServerSettingsForm.INCOMING_HOST)).isEqualTo("pop.bluewin.ch");
        assertThat(form.toMailbox().domainId()).isEqualTo(2);
        assertThat(form.toMailbox().address().unicode()).isEqualTo("info@cafe-martin.com");
    }

    @Test
    void ownServersStartFromTheDomainsAndAreValidated() {
        MailboxForm form = MailboxForm.forNew(cafe, List.of(cafe), messages);
        form.setLocalPart("compta");

        form.setUsesDomainServers(false);
        form.setIncomingPort("70000");

        assertThat(form.serversEditable()).isTrue();
        assertThat(form.error(ServerSettingsForm.INCOMING_PORT)).contains("Port must be between 1 and 65535");
        assertThat(form.isValid()).isFalse();
        form.setIncomingPort("143");
        form.setIncomingSecurity(Security.STARTTLS);
        assertThat(form.toMailbox().ownSettings()).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("mail.infomaniak.com", 143, Security.STARTTLS), Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS),
                true, UsernameFormat.FULL_ADDRESS));
    }

    @Test
    void explainsABadLocalPart() {
        MailboxForm form = MailboxForm.forNew(cafe, List.of(cafe), messages);

        assertThat(form.error(MailboxForm.LOCAL_PART)).contains("Enter the part before the @");
        form.setLocalPart("marie dupont");
        assertThat(form.error(MailboxForm.LOCAL_PART)).hasValueSatisfying(m -> assertThat(m).startsWith("Not a valid email address"));
    }

    @Test
    void editingKeepsIdVersionAndLastCheckAndIsNotDirtyUntilChanged() {
        Mailbox stored = new Mailbox(5, 3, 1, EmailAddress.parse("paul@café-martin.ch"), "Paul",
                Optional.of(INFOMANIAK.withUsernameFormat(UsernameFormat.LOCAL_PART)), false, "iPhone", Optional.empty());
        MailboxForm form = MailboxForm.forEdit(stored, List.of(cafe, other), messages);

        assertThat(form.usesDomainServers()).isTrue();
        assertThat(form.usernameKind()).isEqualTo(UsernameFormat.Kind.LOCAL_PART);
        assertThat(form.isDirty()).isFalse();
        assertThat(form.toMailbox()).isEqualTo(stored);

        form.setDisplayName("Paul Martin");
        assertThat(form.isDirty()).isTrue();
        assertThat(form.toMailbox()).isEqualTo(stored.withDisplayName("Paul Martin"));
    }

    @Test
    void anExchangeMailboxRecordsItsServerName() {
        MailboxForm form = MailboxForm.forNew(cafe, List.of(cafe), messages);
        form.setLocalPart("direction");
        form.setUsesDomainServers(false);

        form.setType(MailboxType.EXCHANGE);
        form.setIncomingHost("outlook.office365.com");

        ServerSettings own = form.toMailbox().ownSettings().orElseThrow();
        assertThat(own.type()).isEqualTo(MailboxType.EXCHANGE);
        assertThat(own.incoming().map(e -> e.host().ascii())).contains("outlook.office365.com");
        assertThat(own.outgoing()).isEmpty();
    }

    @Test
    void aPastedAddressOnOneOfTheCustomersDomainsIsSplit() {
        MailboxForm form = newMailbox("Commandes@Cafe-Martin.com ");

        assertThat(form.text(MailboxForm.LOCAL_PART)).isEqualTo("Commandes");
        assertThat(form.domain()).isEqualTo(other);
        assertThat(form.text(ServerSettingsForm.INCOMING_HOST)).isEqualTo("pop.bluewin.ch");
        assertThat(form.isValid()).isTrue();
        form.setLocalPart("info@xn--caf-martin-d7a.ch");
        assertThat(form.domain()).isEqualTo(cafe);
        assertThat(form.toMailbox().address()).isEqualTo(EmailAddress.parse("info@café-martin.ch"));
    }

    @Test
    void aPastedAddressOnAnotherDomainStaysAsTypedAndTheErrorNamesTheDomain() {
        MailboxForm form = newMailbox("info@example.org");

        assertThat(form.text(MailboxForm.LOCAL_PART)).isEqualTo("info@example.org");
        assertThat(form.domain()).isEqualTo(cafe);
        assertThat(form.error(MailboxForm.LOCAL_PART)).contains(
                "example.org is not one of this customer’s domains: add it first, or type only the part before the @".replace('’', '\''));
        assertThat(form.isValid()).isFalse();
    }

    /** A new mailbox of café-martin.ch (the customer also has cafe-martin.com) with {@code typed} in the address field. */
    private MailboxForm newMailbox(String typed) {
        MailboxForm form = MailboxForm.forNew(cafe, List.of(cafe, other), messages);
        form.setLocalPart(typed);
        return form;
    }
}
