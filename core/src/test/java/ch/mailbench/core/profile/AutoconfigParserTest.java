package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoconfigParserTest {

    private final AutoconfigParser parser = new AutoconfigParser();

    @Test
    void readsEveryRealIspdbFile() throws IOException {
        List<Path> files = Ispdb.files();
        assertThat(files).hasSizeGreaterThan(100);
        int servers = 0;
        int withSettings = 0;
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            ClientConfig config = parser.parse(Files.readAllBytes(file));
            assertThat(config.domains()).as(file.getFileName().toString()).isNotEmpty();
            assertThat(config.incomingServers()).as(file.getFileName().toString()).isNotEmpty();
            servers += config.incomingServers().size() + config.outgoingServers().size();
            EmailAddress someone = new EmailAddress("someone", ch.mailbench.core.model.DomainName.of(config.domains().get(0)));
            Optional<ServerSettings> settings = config.settingsFor(someone);
            if (settings.isPresent()) {
                withSettings++;
                assertThat(settings.get().incoming()).as(file.getFileName().toString()).isPresent();
            } else if (config.incomingServers().stream().anyMatch(ConfigServer::acceptsPassword)
                    && config.incomingServers().stream().anyMatch(s -> s.type().equals("imap") || s.type().equals("pop3"))) {
                unreadable.add(file.getFileName() + " " + config.problems());
            }
        }
        // SOURCE.md: 513 server entries in 163 files.
        assertThat(servers).isEqualTo(513);
        assertThat(withSettings).isGreaterThan(140);
        assertThat(unreadable).as("password providers whose settings could not be derived").isEmpty();
    }

    @Test
    void derivesTheFirstImapAndSmtpServerOfAProvider() throws IOException {
        ClientConfig gmx = parser.parse(Files.readAllBytes(Ispdb.file("gmx.net.xml")));

        assertThat(gmx.displayName()).isEqualTo("GMX Freemail");
        assertThat(gmx.domains()).contains("gmx.net", "gmx.ch");
        assertThat(gmx.settingsFor(EmailAddress.parse("anna@gmx.ch"))).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("imap.gmx.net", 993, Security.SSL_TLS), Endpoint.of("mail.gmx.net", 465, Security.SSL_TLS),
                true, UsernameFormat.FULL_ADDRESS));
        assertThat(gmx.settingsFor(EmailAddress.parse("anna@gmx.ch"), MailboxType.POP3).flatMap(ServerSettings::incoming))
                .contains(Endpoint.of("pop.gmx.net", 995, Security.SSL_TLS));
    }

    @Test
    void oauthOnlyProvidersGiveNoPasswordSettingsButKeepTheirServers() throws IOException {
        ClientConfig office = parser.parse(Files.readAllBytes(Ispdb.file("office365.com.xml")));

        assertThat(office.settingsFor(EmailAddress.parse("a@contoso.onmicrosoft.com"))).isEmpty();
        assertThat(office.incomingServers()).extracting(ConfigServer::type)
                .containsExactly("imap", "pop3", "ews", "owa", "graph", "exchange");
        ConfigServer ews = office.incomingServers().get(2);
        assertThat(ews.hostname()).isEmpty();
        // The file writes "%EMAILADDRESS" without its closing percent sign.
        assertThat(ews.username().resolve(EmailAddress.parse("a@contoso.ch"))).isEqualTo("a@contoso.ch");
    }

    @Test
    void localPartAndPlaceholderHostsAreResolvedForTheAddress() {
        ClientConfig config = parser.parse(("""
                <clientConfig version="1.1"><emailProvider id="example.ch">
                  <domain>example.ch</domain>
                  <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>143</port>
                    <socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username>
                    <authentication>password-encrypted</authentication><authentication>password-cleartext</authentication></incomingServer>
                  <outgoingServer type="smtp"><hostname>smtp.example.ch</hostname><port>25</port>
                    <socketType>plain</socketType><authentication>none</authentication></outgoingServer>
                </emailProvider></clientConfig>""").getBytes(StandardCharsets.UTF_8));

        assertThat(config.settingsFor(EmailAddress.parse("Marie@Example.ch"))).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("imap.example.ch", 143, Security.STARTTLS), Endpoint.of("smtp.example.ch", 25, Security.NONE),
                false, UsernameFormat.LOCAL_PART));
    }

    @Test
    void aCompoundUserNameBecomesACustomOne() {
        UsernameTemplate template = new UsernameTemplate("%EMAILLOCALPART%.%EMAILDOMAIN%");

        assertThat(template.formatFor(EmailAddress.parse("paul@bäckerei.ch")))
                .isEqualTo(UsernameFormat.custom("paul.xn--bckerei-5wa.ch"));
    }

    @Test
    void skipsABrokenServerEntryAndSaysWhichLine() {
        ClientConfig config = parser.parse(("""
                <clientConfig version="1.1">
                <emailProvider id="example.ch">
                  <domain>example.ch</domain>
                  <incomingServer type="imap"><hostname>imap.example.ch</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>
                  <incomingServer type="pop3"><hostname>pop.example.ch</hostname><port>995</port><socketType>TLS-ish</socketType></incomingServer>
                  <incomingServer type="pop3"><hostname>pop.example.ch</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
                </emailProvider></clientConfig>""").getBytes(StandardCharsets.UTF_8));

        assertThat(config.incomingServers()).hasSize(1);
        assertThat(config.problems()).hasSize(2);
        assertThat(config.problems().get(0)).startsWith("Line 4: imap server skipped: <port> \"99999\"");
        assertThat(config.problems().get(1)).startsWith("Line 5: pop3 server skipped: <socketType> \"TLS-ish\"");
    }

    @Test
    void refusesWhatIsNotAConfigFileWithTheLine() {
        assertThatThrownBy(() -> parser.parse("<clientConfig>\n<emailProvider>\n</clientConfig>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("The autoconfig file is not well-formed XML (line 3)");
        assertThatThrownBy(() -> parser.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProfileFormatException.class)
                .hasMessage("The autoconfig file starts with <html> on line 1, not <clientConfig>: it is not a config-v1.1 file");
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(ProfileFormatException.class);
    }

    @Test
    void neverReadsExternalEntities(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "leaked.example.ch");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<clientConfig><emailProvider id=\"e\"><domain>e.ch</domain><incomingServer type=\"imap\">"
                + "<hostname>&x;</hostname><port>993</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";

        ClientConfig config;
        try {
            config = parser.parse(xml.getBytes(StandardCharsets.UTF_8));
        } catch (ProfileFormatException refused) {
            return;
        }
        assertThat(config.incomingServers()).allSatisfy(s -> assertThat(s.hostname()).isNotEqualTo(Optional.of("leaked.example.ch")));
    }
}
