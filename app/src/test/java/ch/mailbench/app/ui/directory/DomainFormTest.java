package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DomainFormTest {

    private final Messages messages = new Messages(Locale.ENGLISH);

    private DomainForm newDomain() {
        DomainForm form = DomainForm.forNew(7, messages);
        form.setName("bäckerei-müller.ch");
        form.setIncomingHost("mail.infomaniak.com");
        form.setOutgoingHost("mail.infomaniak.com");
        return form;
    }

    @Test
    void acceptsAnInternationalizedNameTypedInUnicode() {
        DomainForm form = newDomain();

        assertThat(form.isValid()).isTrue();
        MailDomain domain = form.toDomain();
        assertThat(domain.name().ascii()).startsWith("xn--").endsWith(".ch");
        assertThat(domain.name().unicode()).isEqualTo("bäckerei-müller.ch");
        assertThat(domain.customerId()).isEqualTo(7);
        assertThat(domain.defaults().incoming()).contains(Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS));
        assertThat(domain.defaults().outgoing()).contains(Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS));
    }

    @ParameterizedTest
    @CsvSource({"IMAP, STARTTLS, 143", "IMAP, SSL_TLS, 993", "POP3, SSL_TLS, 995", "POP3, STARTTLS, 110"})
    void choosingASecurityPreFillsTheStandardIncomingPort(MailboxType type, Security security, String port) {
        DomainForm form = newDomain();
        form.setType(type);

        form.setIncomingSecurity(security);

        assertThat(form.text(ServerSettingsForm.INCOMING_PORT)).isEqualTo(port);
    }

    @Test
    void choosingASmtpSecurityPreFills465Or587() {
        DomainForm form = newDomain();

        form.setOutgoingSecurity(Security.STARTTLS);
        assertThat(form.text(ServerSettingsForm.OUTGOING_PORT)).isEqualTo("587");
        form.setOutgoingSecurity(Security.SSL_TLS);
        assertThat(form.text(ServerSettingsForm.OUTGOING_PORT)).isEqualTo("465");
    }

    @Test
    void aTypedPortStaysWhenTheSecurityChanges() {
        DomainForm form = newDomain();

        form.setIncomingPort("10993");
        form.setIncomingSecurity(Security.STARTTLS);

        assertThat(form.text(ServerSettingsForm.INCOMING_PORT)).isEqualTo("10993");
        form.setIncomingPort("");
        form.setIncomingSecurity(Security.SSL_TLS);
        assertThat(form.text(ServerSettingsForm.INCOMING_PORT)).isEqualTo("993");
    }

    @Test
    void aStoredNonStandardPortCountsAsTyped() {
        MailDomain stored = new MailDomain(3, 1, 7, DomainName.of("dupont.ch"), "OVH", ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("ssl0.ovh.net", 1993, Security.SSL_TLS), Endpoint.of("ssl0.ovh.net", 465, Security.SSL_TLS),
                true, UsernameFormat.FULL_ADDRESS));
        DomainForm form = new DomainForm(stored, messages);

        form.setIncomingSecurity(Security.STARTTLS);
        form.setOutgoingSecurity(Security.STARTTLS);

        assertThat(form.text(ServerSettingsForm.INCOMING_PORT)).isEqualTo("1993");
        assertThat(form.text(ServerSettingsForm.OUTGOING_PORT)).isEqualTo("587");
    }

    @ParameterizedTest
    @CsvSource({"70000, Port must be between 1 and 65535", "0, Port must be between 1 and 65535",
            "99a, Port must be between 1 and 65535", "'', Enter the port"})
    void aBadPortIsExplainedAndBlocksSaving(String port, String message) {
        DomainForm form = newDomain();

        form.setIncomingPort(port);

        assertThat(form.error(ServerSettingsForm.INCOMING_PORT)).contains(message);
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void explainsABadDomainAndServerName() {
        DomainForm form = newDomain();

        form.setName("dupont");
        form.setOutgoingHost("mail server.ch");

        assertThat(form.error(DomainForm.NAME)).hasValueSatisfying(m -> assertThat(m).startsWith("Not a valid domain"));
        assertThat(form.error(ServerSettingsForm.OUTGOING_HOST)).contains("Not a valid server name");
    }

    @Test
    void anUnknownServerMayStayEmpty() {
        DomainForm form = DomainForm.forNew(7, messages);
        form.setName("dupont.ch");

        assertThat(form.isValid()).isTrue();
        assertThat(form.toDomain().defaults().incoming()).isEmpty();
    }

    @Test
    void exchangeRecordsTheServerNameOnly() {
        DomainForm form = newDomain();

        form.setType(MailboxType.EXCHANGE);
        form.setIncomingHost("outlook.office365.com");

        ServerSettings settings = form.toDomain().defaults();
        assertThat(settings.type()).isEqualTo(MailboxType.EXCHANGE);
        assertThat(settings.incoming().map(e -> e.host().ascii())).contains("outlook.office365.com");
        assertThat(settings.outgoing()).isEqualTo(Optional.empty());
    }

    @Test
    void aCustomUsernameNeedsItsValue() {
        DomainForm form = newDomain();

        form.setUsernameKind(UsernameFormat.Kind.CUSTOM);

        assertThat(form.error(ServerSettingsForm.CUSTOM_USERNAME)).contains("Enter the user name the provider assigned");
        form.setCustomUsername("u4711");
        assertThat(form.toDomain().defaults().usernameFormat()).isEqualTo(UsernameFormat.custom("u4711"));
    }

    @Test
    void choosingAProviderFillsItsServersForTheDomainAndItsName() {
        DomainForm form = DomainForm.forNew(7, messages);
        form.setName("kanzlei-rossi.ch");
        Provider hosting = new Provider("alpine", "Alpine Hosting", List.of(), List.of(),
                List.of(new ProviderServer(Protocol.SMTP, "smtp.alpine-hosting.test", Port.of(587), Security.STARTTLS),
                        new ProviderServer(Protocol.POP3, "pop.%EMAILDOMAIN%", Port.of(995), Security.SSL_TLS),
                        new ProviderServer(Protocol.IMAP, "mail.%EMAILDOMAIN%", Port.of(143), Security.STARTTLS)),
                UsernameFormat.LOCAL_PART, false, "", Provider.Origin.OWN);

        form.useProvider(hosting);

        assertThat(form.isValid()).isTrue();
        MailDomain domain = form.toDomain();
        assertThat(domain.provider()).isEqualTo("Alpine Hosting");
        assertThat(domain.defaults().type()).isEqualTo(MailboxType.IMAP);
        assertThat(domain.defaults().incoming()).contains(Endpoint.of("mail.kanzlei-rossi.ch", 143, Security.STARTTLS));
        assertThat(domain.defaults().outgoing()).contains(Endpoint.of("smtp.alpine-hosting.test", 587, Security.STARTTLS));
        assertThat(domain.defaults().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void foundSettingsReplaceTheServersAndAreNotSavedByThemselves() {
        DomainForm form = newDomain();
        assertThat(form.hasServers()).isTrue();

        form.useSettings(ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.example.ch", 995, Security.SSL_TLS),
                Endpoint.of("smtp.example.ch", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS));

        assertThat(form.toDomain().defaults().incoming()).contains(Endpoint.of("pop.example.ch", 995, Security.SSL_TLS));
        assertThat(form.toDomain().defaults().outgoing()).contains(Endpoint.of("smtp.example.ch", 587, Security.STARTTLS));
        assertThat(form.addressToFind()).isEqualTo("info@bäckerei-müller.ch");
    }
}
