package ch.mailbench.core.csv;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    private final CsvReader reader = new CsvReader();

    private ImportFile read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAFullCommaSeparatedFile() {
        ImportFile file = read("""
                customer,domain,email,display_name,type,password,incoming_host,incoming_port,incoming_security,smtp_host,smtp_port,smtp_security,username_format,notes
                Boulangerie Dupont,bakery-dupont.ch,marie@bakery-dupont.ch,Marie Dupont,IMAP,s3cret,mail.infomaniak.com,993,SSL,mail.infomaniak.com,587,STARTTLS,FULL,"front desk, ground floor"
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.delimiter()).isEqualTo(',');
        ImportRow row = file.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.customer()).isEqualTo("Boulangerie Dupont");
        assertThat(row.email().ascii()).isEqualTo("marie@bakery-dupont.ch");
        assertThat(row.displayName()).contains("Marie Dupont");
        assertThat(row.password()).contains("s3cret");
        assertThat(row.notes()).contains("front desk, ground floor");
        assertThat(row.settings()).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                Endpoint.of("mail.infomaniak.com", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS));
        assertThat(file.hasPasswords()).isTrue();
    }

    @Test
    void readsWhatExcelWritesInFrenchOrGermanLocales() {
        ImportFile file = reader.read(("\uFEFFEmail;Customer;Display Name\r\n"
                + "paul@garage-meier.ch;Garage Meier;Paul Meier, Chef\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(file.problems()).isEmpty();
        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.customer()).isEqualTo("Garage Meier");
            assertThat(row.displayName()).contains("Paul Meier, Chef");
        });
    }

    @Test
    void onlyCustomerAndEmailAreNeeded() {
        ImportRow row = read("customer,email\nCabinet Rossi,anna@rossi-avocats.ch\n").rows().get(0);

        assertThat(row.domain().ascii()).isEqualTo("rossi-avocats.ch");
        assertThat(row.settings()).isEmpty();
        assertThat(row.displayName()).as("no column: keep what is stored").isEmpty();
        assertThat(row.password()).isEmpty();
    }

    @Test
    void fillsInTheUsualPortForTheSecurityAndImapByDefault() {
        ImportRow row = read("customer,email,incoming_host,incoming_security,smtp_host\nA,a@a.ch,imap.a.ch,starttls,smtp.a.ch\n").rows().get(0);

        ServerSettings settings = row.settings().orElseThrow();
        assertThat(settings.type()).isEqualTo(MailboxType.IMAP);
        assertThat(settings.incoming()).contains(Endpoint.of("imap.a.ch", 143, Security.STARTTLS));
        assertThat(settings.outgoing()).contains(Endpoint.of("smtp.a.ch", 465, Security.SSL_TLS));
    }

    @ParameterizedTest
    @CsvSource({"SSL, SSL_TLS", "tls, SSL_TLS", "SSL_TLS, SSL_TLS", "SSL/TLS, SSL_TLS", "StartTLS, STARTTLS", "none, NONE"})
    void acceptsTheUsualSpellingsOfSecurity(String cell, Security expected) {
        ImportRow row = read("customer,email,incoming_host,incoming_port,incoming_security\nA,a@a.ch,imap.a.ch,993," + cell + "\n").rows().get(0);

        assertThat(row.settings().orElseThrow().incoming().orElseThrow().security()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"FULL, FULL_ADDRESS", "full_address, FULL_ADDRESS", "LOCAL, LOCAL_PART", "local_part, LOCAL_PART"})
    void acceptsTheUsernameFormats(String cell, UsernameFormat.Kind expected) {
        ImportRow row = read("customer,email,username_format\nA,a@a.ch," + cell + "\n").rows().get(0);

        assertThat(row.settings().orElseThrow().usernameFormat().kind()).isEqualTo(expected);
    }

    @Test
    void aLiteralUsernameIsACustomFormat() {
        ImportRow row = read("customer,email,username_format\nA,a@a.ch,u12345-a\n").rows().get(0);

        assertThat(row.settings().orElseThrow().usernameFormat()).isEqualTo(UsernameFormat.custom("u12345-a"));
    }

    @Test
    void reportsEveryBadCellWithItsLineAndColumn() {
        ImportFile file = read("""
                customer,email,incoming_host,incoming_port,incoming_security,type
                Dupont,marie@bakery-dupont.ch,mail.a.ch,993,SSL,IMAP
                ,paul@bakery-dupont.ch,mail.a.ch,993,SSL,IMAP
                Dupont,not-an-address,mail.a.ch,99999,SSL,IMAP
                Dupont,anna@bakery-dupont.ch,mail.a.ch,993,QUANTUM,FAX
                Dupont,marie@bakery-dupont.ch,,993,,
                """);

        assertThat(file.rows()).hasSize(1);
        assertThat(file.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 3, column customer: the customer is empty",
                "line 4, column email: \"not-an-address\" is not a valid email address: it has no @",
                "line 4, column incoming_port: Port must be between 1 and 65535",
                "line 5, column type: \"FAX\" is not a mailbox type (IMAP, POP3 or EXCHANGE)",
                "line 5, column incoming_security: \"QUANTUM\" is not a security (SSL/TLS, STARTTLS or NONE)",
                "line 6, column incoming_port: a port is given but incoming_host is empty");
    }

    @Test
    void aRepeatedAddressIsAProblemOnItsSecondLine() {
        ImportFile file = read("customer,email\nA,a@a.ch\nB,A@a.ch\n");

        assertThat(file.problems()).extracting(CsvProblem::toString).containsExactly("line 3, column email: a@a.ch is already on line 2");
    }

    @Test
    void countsLinesOfQuotedCellsThatSpanLines() {
        ImportFile file = read("customer,email,notes\nA,a@a.ch,\"first\nsecond\"\n\nB,broken\n");

        assertThat(file.rows().get(0).notes()).contains("first\nsecond");
        assertThat(file.problems()).singleElement().extracting(CsvProblem::line).isEqualTo(5L);
    }

    @Test
    void warnsAboutUnknownColumnsAndRefusesAFileWithoutTheRequiredOnes() {
        assertThat(read("customer,email,fax\nA,a@a.ch,123\n").warnings()).containsExactly("Unknown column \"fax\" (column 3) is ignored");
        assertThat(read("name,mail\nA,a@a.ch\n").problems()).extracting(CsvProblem::toString).containsExactly(
                "line 1, column customer: the header has no \"customer\" column",
                "line 1, column email: the header has no \"email\" column");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "customer,email\nB\u00e4ckerei M\u00fcller,info@b.ch\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(latin1).problems()).singleElement().extracting(CsvProblem::reason).asString()
                .startsWith("the file is not UTF-8 text");
    }

    @Test
    void keepsSpacesAroundAPasswordButNotAroundOtherCells() {
        ImportRow row = read("customer,email,password\n  A  ,a@a.ch,\" pass word \"\n").rows().get(0);

        assertThat(row.customer()).isEqualTo("A");
        assertThat(row.password()).contains(" pass word ");
        assertThat(row.toString()).doesNotContain("pass word");
        assertThat(read("customer,email,password\nA,a@a.ch,\n").rows().get(0).password()).isEqualTo(Optional.empty());
    }

    @Test
    void anOptionalSheetLanguageColumnIsReadAndAnInvalidOneNamedByLineAndColumn() {
        ImportFile file = read("""
                customer,email,sheet_language
                Dupont,marie@bakery-dupont.ch,de
                Dupont,paul@bakery-dupont.ch,
                Meier,info@garage-meier.ch,Deutsch
                """);

        assertThat(file.rows()).extracting(ImportRow::sheetLanguage)
                .containsExactly(Optional.of(ch.mailbench.core.model.SheetLanguage.DE), Optional.empty());
        assertThat(file.problems()).extracting(CsvProblem::toString)
                .containsExactly("line 4, column sheet_language: The sheet language must be one of fr, de, en, it");
    }

    @Test
    void anExchangeMailboxIsItsServerNameOnly() {
        ImportFile file = read("""
                customer,email,type,incoming_host,incoming_port,incoming_security,smtp_host,smtp_port
                Rossi,avv@rossi-legal.ch,EXCHANGE,outlook.office365.com,,,,
                Rossi,info@rossi-legal.ch,Exchange,outlook.office365.com,443,SSL,,
                Rossi,anna@rossi-legal.ch,EXCHANGE,outlook.office365.com,993,,smtp.office365.com,587
                """);

        ServerSettings exchange = ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 443, Security.SSL_TLS),
                null, false, UsernameFormat.FULL_ADDRESS);
        assertThat(file.rows()).extracting(ImportRow::settings).containsExactly(Optional.of(exchange), Optional.of(exchange));
        assertThat(file.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 4, column smtp_host: an Exchange mailbox has no SMTP server (mail is sent through the Exchange account);"
                        + " leave smtp_host empty or choose the type IMAP",
                "line 4, column smtp_port: an Exchange mailbox has no SMTP server (mail is sent through the Exchange account);"
                        + " leave smtp_port empty or choose the type IMAP",
                "line 4, column incoming_port: an Exchange server has no port to set (devices reach it over HTTPS);"
                        + " leave incoming_port empty");
    }
}
