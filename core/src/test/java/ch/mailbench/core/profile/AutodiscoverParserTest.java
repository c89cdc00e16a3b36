package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutodiscoverParserTest {

    private final AutodiscoverParser parser = new AutodiscoverParser();

    @Test
    void readsAHandWrittenResponseWithOnlyTheOldSslSwitch() {
        AutodiscoverResponse response = parse("""
                <?xml version="1.0" encoding="utf-8" ?>
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                 <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                  <Account>
                   <AccountType>email</AccountType><Action>settings</Action>
                   <Protocol><Type>POP3</Type><Server>pop.example.ch</Server><Port>995</Port>
                     <LoginName>u4711</LoginName><SPA>off</SPA><SSL>on</SSL><AuthRequired>on</AuthRequired></Protocol>
                   <Protocol><Type>SMTP</Type><Server>smtp.example.ch</Server><Port>587</Port>
                     <SPA>OFF</SPA><SSL>On</SSL><AuthRequired>ON</AuthRequired></Protocol>
                  </Account>
                 </Response>
                </Autodiscover>""");

        assertThat(response.settingsFor(EmailAddress.parse("info@example.ch"))).contains(ServerSettings.of(MailboxType.POP3,
                Endpoint.of("pop.example.ch", 995, Security.SSL_TLS), Endpoint.of("smtp.example.ch", 587, Security.STARTTLS),
                true, UsernameFormat.custom("u4711")));
    }

    @Test
    void encryptionWinsOverTheSslSwitch() {
        AutodiscoverResponse response = parse("""
                <Autodiscover><Response><Account>
                  <Protocol><Type>IMAP</Type><Server>imap.example.ch</Server><Port>143</Port>
                    <LoginName>info</LoginName><SSL>on</SSL><Encryption>TLS</Encryption></Protocol>
                  <Protocol><Type>SMTP</Type><Server>smtp.example.ch</Server><Port>25</Port>
                    <SSL>off</SSL><AuthRequired>off</AuthRequired></Protocol>
                </Account></Response></Autodiscover>""");

        assertThat(response.settingsFor(EmailAddress.parse("info@example.ch"))).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("imap.example.ch", 143, Security.STARTTLS), Endpoint.of("smtp.example.ch", 25, Security.NONE),
                false, UsernameFormat.LOCAL_PART));
    }

    @Test
    void reportsRedirectsErrorsAndBrokenBlocks() {
        AutodiscoverResponse redirect = parse("""
                <Autodiscover><Response><Account><Action>redirectAddr</Action>
                  <RedirectAddr>info@other.example</RedirectAddr></Account></Response></Autodiscover>""");
        AutodiscoverResponse error = parse("""
                <Autodiscover><Response><Error><ErrorCode>600</ErrorCode><Message>Invalid Request</Message></Error>
                </Response></Autodiscover>""");
        AutodiscoverResponse broken = parse("""
                <Autodiscover><Response><Account>
                  <Protocol><Type>IMAP</Type><Server>imap.example.ch</Server><Port>imap</Port></Protocol>
                  <Protocol><Server>imap.example.ch</Server></Protocol>
                </Account></Response></Autodiscover>""");

        assertThat(redirect.redirectAddress()).contains("info@other.example");
        assertThat(error.error()).contains("Invalid Request");
        assertThat(broken.protocols()).isEmpty();
        assertThat(broken.problems()).containsExactly(
                "Line 2: IMAP block skipped: <Port> Port must be a whole number between 1 and 65535",
                "Line 3: <Protocol> without <Type>; skipped");
        assertThat(broken.settingsFor(EmailAddress.parse("info@example.ch"))).isEmpty();
    }

    @Test
    void refusesOtherDocuments() {
        assertThatThrownBy(() -> parse("<clientConfig/>")).isInstanceOf(ProfileFormatException.class)
                .hasMessageContaining("not an autodiscover response");
        assertThatThrownBy(() -> parse("<Autodiscover><Response>")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("The autodiscover file is not well-formed XML (line 1)");
    }

    private AutodiscoverResponse parse(String xml) {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
