package ch.mailbench.core.profile;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generate → parse → the same settings, for each format, security and user name format. */
class ProfileRoundTripTest {

    private static final EmailAddress MARIE = EmailAddress.parse("marie@bäckerei-dupont.ch");

    static Stream<ServerSettings> settings() {
        return Stream.of(
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                        Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS),
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("imap.bäckerei-dupont.ch", 143, Security.STARTTLS),
                        Endpoint.of("smtp.bäckerei-dupont.ch", 587, Security.STARTTLS), true, UsernameFormat.LOCAL_PART),
                ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bluewin.ch", 995, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 2525, Security.STARTTLS), true, UsernameFormat.custom("u4711")),
                ServerSettings.of(MailboxType.POP3, Endpoint.of("10.0.0.5", 110, Security.NONE),
                        Endpoint.of("10.0.0.5", 25, Security.NONE), false, UsernameFormat.LOCAL_PART));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void autoconfigRoundTrips(ServerSettings settings) {
        byte[] xml = new AutoconfigWriter().write(MARIE.domain(), "Boulangerie Dupont", settings);

        ClientConfig parsed = new AutoconfigParser().parse(xml);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.domains()).containsExactly("xn--bckerei-dupont-5hb.ch");
        assertThat(parsed.displayName()).isEqualTo("Boulangerie Dupont");
        assertThat(parsed.settingsFor(MARIE)).contains(settings);
    }

    @Test
    void autoconfigUsesThePlaceholdersThunderbirdKnows() {
        String full = new String(new AutoconfigWriter().write(MARIE.domain(), "", settings().findFirst().orElseThrow()), StandardCharsets.UTF_8);
        String local = new String(new AutoconfigWriter().write(MARIE.domain(), "", settings().skip(1).findFirst().orElseThrow()), StandardCharsets.UTF_8);

        assertThat(full).contains("<username>%EMAILADDRESS%</username>").doesNotContain("%EMAILLOCALPART%")
                .contains("<socketType>SSL</socketType>").contains("<displayName>bäckerei-dupont.ch</displayName>");
        assertThat(local).contains("<username>%EMAILLOCALPART%</username>").contains("<socketType>STARTTLS</socketType>");
        assertThat(new AutoconfigWriter().publishUrls(MARIE.domain()))
                .startsWith("https://autoconfig.xn--bckerei-dupont-5hb.ch/mail/config-v1.1.xml");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void autodiscoverForAMailboxRoundTrips(ServerSettings settings) {
        byte[] xml = new AutodiscoverWriter().write(MARIE, settings);

        AutodiscoverResponse parsed = new AutodiscoverParser().parse(xml);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.error()).isEmpty();
        assertThat(parsed.settingsFor(MARIE)).contains(settings);
    }

    @Test
    void autodiscoverForADomainLeavesTheLoginToOutlookAndRoundTrips() {
        ServerSettings settings = settings().findFirst().orElseThrow();
        String xml = new String(new AutodiscoverWriter().write(MARIE.domain(), settings), StandardCharsets.UTF_8);

        assertThat(xml).doesNotContain("LoginName")
                .contains("xmlns=\"" + AutodiscoverWriter.RESPONSE_NS + "\"")
                .contains("xmlns=\"" + AutodiscoverWriter.OUTLOOK_NS + "\"");
        assertThat(new AutodiscoverParser().parse(xml.getBytes(StandardCharsets.UTF_8)).settingsFor(MARIE)).contains(settings);
    }

    @Test
    void autodiscoverForADomainRefusesLocalPartLogins() {
        ServerSettings localPart = settings().skip(1).findFirst().orElseThrow();

        assertThatThrownBy(() -> new AutodiscoverWriter().write(DomainName.of("example.ch"), localPart))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logs in with the part before the @").hasMessageContaining("per mailbox");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void mobileconfigIsAPlistWithTheAccount(ServerSettings settings) throws Exception {
        byte[] xml = new MobileconfigWriter().write(MARIE, "Marie Dupont", settings, "Informatique Favre", Optional.empty());

        Map<String, Object> profile = Plist.parseDict(xml);

        assertThat(profile).containsEntry("PayloadType", "Configuration").containsEntry("PayloadVersion", 1L)
                .containsEntry("PayloadOrganization", "Informatique Favre");
        @SuppressWarnings("unchecked")
        Map<String, Object> mail = (Map<String, Object>) ((List<Object>) profile.get("PayloadContent")).get(0);
        Endpoint in = settings.incoming().orElseThrow();
        Endpoint out = settings.outgoing().orElseThrow();
        String username = settings.usernameFormat().usernameFor(MARIE);
        assertThat(mail).containsEntry("PayloadType", "com.apple.mail.managed")
                .containsEntry("EmailAccountType", settings.type() == MailboxType.POP3 ? "EmailTypePOP" : "EmailTypeIMAP")
                .containsEntry("EmailAddress", "marie@xn--bckerei-dupont-5hb.ch")
                .containsEntry("EmailAccountName", "Marie Dupont")
                .containsEntry("IncomingMailServerAuthentication", "EmailAuthPassword")
                .containsEntry("IncomingMailServerHostName", in.host().ascii())
                .containsEntry("IncomingMailServerPortNumber", (long) in.port().number())
                .containsEntry("IncomingMailServerUseSSL", in.security().encrypted())
                .containsEntry("IncomingMailServerUsername", username)
                .containsEntry("OutgoingMailServerHostName", out.host().ascii())
                .containsEntry("OutgoingMailServerPortNumber", (long) out.port().number())
                .containsEntry("OutgoingMailServerUseSSL", out.security().encrypted())
                .containsEntry("OutgoingMailServerAuthentication", settings.smtpAuth() ? "EmailAuthPassword" : "EmailAuthNone")
                .doesNotContainKeys("IncomingPassword", "OutgoingPassword");
    }

    @Test
    void mobileconfigKeepsItsIdentityPerMailboxAndCarriesAPasswordOnlyWhenAsked() throws Exception {
        ServerSettings settings = settings().findFirst().orElseThrow();
        MobileconfigWriter writer = new MobileconfigWriter();
        byte[] first = writer.write(MARIE, "", settings, "", Optional.empty());
        byte[] again = writer.write(MARIE, "Marie", settings.withUsernameFormat(UsernameFormat.LOCAL_PART), "", Optional.empty());
        byte[] paul = writer.write(EmailAddress.parse("paul@bäckerei-dupont.ch"), "", settings, "", Optional.empty());
        byte[] withPassword = writer.write(MARIE, "", settings, "", Optional.of("s3cret-Pa55".toCharArray()));

        assertThat(uuids(again)).isEqualTo(uuids(first));
        assertThat(uuids(paul)).doesNotContainAnyElementsOf(uuids(first));
        assertThat(Plist.parseDict(first)).containsEntry("PayloadIdentifier", "ch.mailbench.mail.marie.at.xn--bckerei-dupont-5hb.ch");
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("s3cret-Pa55").doesNotContain("<key>IncomingPassword</key>");
        @SuppressWarnings("unchecked")
        Map<String, Object> mail = (Map<String, Object>) ((List<Object>) Plist.parseDict(withPassword).get("PayloadContent")).get(0);
        assertThat(mail).containsEntry("IncomingPassword", "s3cret-Pa55").containsEntry("OutgoingPasswordSameAsIncomingPassword", true);
    }

    @Test
    void profilesAreRefusedForExchangeAndForMissingServers() {
        ServerSettings exchange = ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 443, Security.SSL_TLS),
                null, true, UsernameFormat.FULL_ADDRESS);
        ServerSettings noSmtp = ServerSettings.of(MailboxType.IMAP, Endpoint.of("imap.example.ch", 993, Security.SSL_TLS),
                null, true, UsernameFormat.FULL_ADDRESS);

        assertThatThrownBy(() -> new MobileconfigWriter().write(MARIE, "", exchange, "", Optional.empty()))
                .hasMessageContaining("is an Exchange mailbox");
        assertThatThrownBy(() -> new AutoconfigWriter().write(MARIE.domain(), "", noSmtp))
                .hasMessage("The domain bäckerei-dupont.ch has no outgoing (SMTP) server yet: record it (or discover it) before exporting a profile");
    }

    private static List<Object> uuids(byte[] mobileconfig) throws Exception {
        Map<String, Object> profile = Plist.parseDict(mobileconfig);
        @SuppressWarnings("unchecked")
        Map<String, Object> mail = (Map<String, Object>) ((List<Object>) profile.get("PayloadContent")).get(0);
        return List.of(profile.get("PayloadUUID"), mail.get("PayloadUUID"));
    }
}
