package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxTest {

    private final ServerSettings infomaniak = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
            Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
    private final MailDomain domain = new MailDomain(7, 1, 3, DomainName.of("bakery-dupont.ch"), "Infomaniak", infomaniak);

    @Test
    void inheritsTheDomainsSettingsUnlessItHasItsOwn() {
        Mailbox inheriting = Mailbox.create(7, EmailAddress.parse("marie@bakery-dupont.ch"), "Marie");
        ServerSettings own = infomaniak.withUsernameFormat(UsernameFormat.LOCAL_PART);
        Mailbox overriding = inheriting.withOwnSettings(Optional.of(own));

        assertThat(inheriting.effectiveSettings(domain)).isEqualTo(infomaniak);
        assertThat(overriding.effectiveSettings(domain)).isEqualTo(own);
    }

    @Test
    void refusesSettingsFromAnotherDomain() {
        Mailbox mailbox = Mailbox.create(8, EmailAddress.parse("marie@bakery-dupont.ch"), "Marie");

        assertThatThrownBy(() -> mailbox.effectiveSettings(domain)).hasMessageContaining("does not belong");
    }

    @Test
    void customersNeedANameAndAValidEmailIfAny() {
        assertThatThrownBy(() -> Customer.create(" ", SheetLanguage.FR)).hasMessage("The customer name is empty");
        assertThatThrownBy(() -> Customer.create("Dupont", SheetLanguage.FR).withContact("Marie", "", "marie(at)dupont"))
                .hasMessageContaining("not a valid email address");
        assertThat(Customer.create("  Boulangerie Dupont ", SheetLanguage.FR).name()).isEqualTo("Boulangerie Dupont");
    }

    @Test
    void sheetLanguagesComeFromTheirCodes() {
        assertThat(SheetLanguage.fromCode("DE")).isEqualTo(SheetLanguage.DE);
        assertThatThrownBy(() -> SheetLanguage.fromCode("es")).hasMessageContaining("fr, de, en, it");
    }
}
