package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetRendererTest {

    private static SheetRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        renderer = Sheets.renderer();
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void printsTheFullAddressUserNameAndImplicitTlsServers(SheetLanguage language) {
        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, Sheets.job(Sheets.dupont(language), language)));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("marie@bäckerei-dupont.ch", "marie@xn--bckerei-dupont-5hb.ch",
                "mail.infomaniak.com", "993", "465", "SSL/TLS", "Boulangerie Dupont", "Informatique Favre Sàrl");
        assertThat(pdf.text()).doesNotContain("STARTTLS");
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void printsTheLocalPartUserNameAndStartTlsOutgoingServer(SheetLanguage language) {
        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, Sheets.job(Sheets.bluewin(language), language)));

        assertThat(pdf.text()).contains("pop3s.pop.bluewin.ch", "995", "smtpauths.bluewin.ch", "587", "STARTTLS", "SSL/TLS");
        assertThat(userNameBox(pdf.text(), language)).startsWith("studio.rossi\n");
    }

    @Test
    void speaksTheCustomersLanguageWithLocalDatesAndDeviceWords() {
        assertThat(text(SheetLanguage.FR, Sheets.bluewin(SheetLanguage.FR))).contains("Serveur de courrier entrant (POP3)",
                "Serveur de courrier sortant (SMTP)", "uniquement la partie avant le @", "communiqué séparément",
                "10 mars 2026", "Imprimé le 12 mars 2026", "Type de sécurité", "Personnel (POP3)");
        assertThat(text(SheetLanguage.DE, Sheets.bluewin(SheetLanguage.DE))).contains("Posteingangsserver (POP3)",
                "Postausgangsserver (SMTP)", "nur der Teil vor dem @", "10. März 2026", "Sicherheitstyp", "Benutzername");
        assertThat(text(SheetLanguage.IT, Sheets.bluewin(SheetLanguage.IT))).contains("Server posta in arrivo (POP3)",
                "solo la parte prima della @", "10 marzo 2026", "Stampato il 12 marzo 2026", "Tipo di sicurezza");
        assertThat(text(SheetLanguage.EN, Sheets.bluewin(SheetLanguage.EN))).contains("Incoming mail server (POP3)",
                "only the part before the @", "March 10, 2026", "Security type", "Use SSL");
    }

    @Test
    void aCustomUserNameAndNoSmtpLoginOnAnUnverifiedMailbox() {
        String text = text(SheetLanguage.DE, Sheets.meier(SheetLanguage.DE));

        assertThat(text).contains("imap.garage-meier.ch", "143", "smtp.garage-meier.ch", "2525", "gm-0042",
                "der Benutzername, den Ihr Anbieter vergeben hat", "Mit diesen Einstellungen noch nicht geprüft.",
                "Anmeldung erforderlich aus");
        // A port is not a quantity: never "2.525".
        assertThat(text).doesNotContain("2.525", "Zuletzt erfolgreich geprüft");
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void longServerNamesStayWholeAndTheLocalPartIsTheUserName(SheetLanguage language) {
        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, Sheets.job(Sheets.compta(language), language)));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("pop.xn--bckerei-dupont-5hb.ch", "smtp.xn--bckerei-dupont-5hb.ch", "110", "587", "STARTTLS");
        assertThat(userNameBox(pdf.text(), language)).startsWith("comptabilite\n");
    }

    @Test
    void printsThePasswordOnlyWhenAsked() {
        MailboxSheet without = Sheets.dupont(SheetLanguage.EN);
        MailboxSheet with = new MailboxSheet(without.customer(), without.domain(), without.mailbox(), without.settings(),
                without.lastSuccess(), Optional.of("Croissant-42!".toCharArray()));

        assertThat(text(SheetLanguage.EN, without)).doesNotContain("Croissant-42!").contains("given separately");
        assertThat(text(SheetLanguage.EN, with)).contains("Croissant-42!").doesNotContain("given separately");
    }

    @Test
    void anExchangeMailboxGetsItsOwnSteps() {
        ServerSettings exchange = ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 443, Security.SSL_TLS),
                null, true, UsernameFormat.FULL_ADDRESS);
        String text = text(SheetLanguage.EN, Sheets.sheet("Cabinet Rossi", SheetLanguage.EN, "avv@rossi-legal.ch", "",
                exchange, Optional.empty(), Optional.empty()));

        assertThat(text).contains("Exchange server", "outlook.office365.com", "Microsoft Exchange", "avv@rossi-legal.ch")
                .doesNotContain("Outgoing mail server");
    }

    @Test
    void aPackHasACoverWithThePageOfEachMailboxThenOneSheetEach() {
        SheetJob pack = new SheetJob(List.of(Sheets.dupont(SheetLanguage.FR), Sheets.meier(SheetLanguage.FR)), true,
                SheetLanguage.FR, Set.of(Device.IPHONE), Sheets.SHOP, Sheets.PRINTED);

        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, pack));

        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.text()).contains("Boîtes mail : 2", "page 2", "page 3", "werkstatt@garage-meier.ch");
    }

    @Test
    void rightToLeftNamesAreLaidOutRightToLeft() {
        MailboxSheet hebrew = Sheets.sheet("מספרה כהן", SheetLanguage.EN, "dana@cohen.co.il", "דנה כהן", Sheets.INFOMANIAK,
                Optional.empty(), Optional.empty());

        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, Sheets.job(hebrew, SheetLanguage.EN)));

        // PDFBox reads right-to-left runs back into logical order only when they were drawn in visual order.
        assertThat(pdf.text()).contains("דנה כהן", "מספרה כהן").doesNotContain("ןהכ הנד");
    }

    @Test
    void aUserNameTooLongForTheStepsIsNamed() {
        MailboxSheet longName = Sheets.sheet("Garage Meier AG", SheetLanguage.DE, "werkstatt@garage-meier.ch", "Werkstatt",
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("imap.garage-meier.ch", 993, Security.SSL_TLS),
                        Endpoint.of("smtp.garage-meier.ch", 465, Security.SSL_TLS), true, UsernameFormat.custom("u".repeat(250))),
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> Sheets.render(renderer, Sheets.job(longName, SheetLanguage.DE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The user name of werkstatt@garage-meier.ch has 250 characters, too many for the setup sheet's steps"
                        + " (at most 64 fit well); shorten it");
    }

    @Test
    void refusesMoreDevicesThanFitOnOnePageInReadableType() {
        SheetJob all = new SheetJob(List.of(Sheets.dupont(SheetLanguage.DE)), false, SheetLanguage.DE,
                EnumSet.allOf(Device.class), Sheets.SHOP, Sheets.PRINTED);

        assertThatThrownBy(() -> Sheets.render(renderer, all)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choose fewer devices");
    }

    @Test
    void usesLetterPaperWhenTheShopDoes() throws IOException {
        SheetJob letter = new SheetJob(List.of(Sheets.dupont(SheetLanguage.EN)), false, SheetLanguage.EN,
                SheetOptions.DEFAULT_DEVICES, Sheets.SHOP.withPaper(PaperSize.LETTER), Sheets.PRINTED);

        try (var document = org.apache.pdfbox.Loader.loadPDF(Sheets.render(renderer, letter))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        SheetJob pack = new SheetJob(List.of(Sheets.dupont(SheetLanguage.DE), Sheets.compta(SheetLanguage.DE)), true,
                SheetLanguage.DE, SheetOptions.DEFAULT_DEVICES, Sheets.SHOP, Sheets.PRINTED);

        try (var document = org.apache.pdfbox.Loader.loadPDF(Sheets.render(renderer, pack))) {
            int fonts = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(3 * 3);
        }
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties english = bundle("");
        for (String suffix : List.of("_fr", "_de", "_it")) {
            Properties translated = bundle(suffix);
            assertThat(translated.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(suffix + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    private static String text(SheetLanguage language, MailboxSheet sheet) {
        return Sheets.read(Sheets.render(renderer, Sheets.job(sheet, language))).flat();
    }

    /** The text right after the user name label: the user name itself. */
    private static String userNameBox(String text, SheetLanguage language) {
        String label = new SheetText(language).get("username.label");
        return text.substring(text.indexOf(label) + label.length()).stripLeading();
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SheetText.class.getResourceAsStream("SheetText" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
