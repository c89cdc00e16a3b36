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

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered check: the text of each sheet, read back from the PDF, has every host name, user
 * name and address the customer types on one line, never cut at a dot or a hyphen.
 */
class UnbrokenValuesTest {

    private static SheetRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        renderer = Sheets.renderer();
        assertThat(Sheets.LONG_HOST).hasSize(40);
        assertThat(Sheets.LONG_LOCAL_PART).hasSize(30);
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void longHostAndLocalPartUserNamesStayOnOneLine(SheetLanguage language) {
        MailboxSheet sheet = Sheets.longNames(language, UsernameFormat.LOCAL_PART);

        String text = render(sheet, language);

        assertUnbroken(text, Sheets.LONG_HOST, "smtp-eu-central.mailhosting-provider.com", Sheets.LONG_LOCAL_PART,
                Sheets.LONG_LOCAL_PART + "@" + Sheets.LONG_DOMAIN);
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void aLongFullAddressUserNameStaysOnOneLine(SheetLanguage language) {
        String text = render(Sheets.longNames(language, UsernameFormat.FULL_ADDRESS), language);

        assertUnbroken(text, Sheets.LONG_HOST, Sheets.LONG_LOCAL_PART + "@" + Sheets.LONG_DOMAIN);
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void theNamesOfTheReportedDefectStayWhole(SheetLanguage language) {
        MailboxSheet sheet = Sheets.sheet("Hans Müller", language, "hans.mueller@bluewin.ch", "Hans Müller",
                Sheets.BLUEWIN_POP, Optional.empty(), Optional.empty());

        assertUnbroken(render(sheet, language), "pop3s.pop.bluewin.ch", "smtpauths.bluewin.ch", "hans.mueller",
                "hans.mueller@bluewin.ch");
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void anExchangeSheetShowsTheServerOnlyWithoutPortOrSmtp(SheetLanguage language) {
        // As a CSV import or an older version stored it: an IMAP port and an SMTP server on an Exchange mailbox.
        ServerSettings imported = ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 993, Security.SSL_TLS),
                Endpoint.of("smtp.office365.com", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS);
        MailboxSheet sheet = Sheets.sheet("Cabinet Rossi", language, "avv@rossi-legal.ch", "", imported, Optional.empty(), Optional.empty());

        String text = render(sheet, language);

        SheetText words = new SheetText(language);
        assertThat(text).contains(words.get("column.exchange"), "outlook.office365.com")
                .doesNotContain("993", "443", "smtp.office365.com", "587", words.get("column.outgoing"));
        assertUnbroken(text, "outlook.office365.com", "avv@rossi-legal.ch");
    }

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void anIdnSheetSaysToTypeTheUnicodeAddressAndGivesAsciiOnlyAsTheFallback(SheetLanguage language) {
        MailboxSheet sheet = Sheets.sheet("Café Martin", language, "helene@café-martin.ch", "Hélène", Sheets.INFOMANIAK,
                Optional.empty(), Optional.empty());

        String text = render(sheet, language);

        String ascii = "helene@xn--caf-martin-d7a.ch";
        SheetText words = new SheetText(language);
        // The user name box holds the Unicode address; the ASCII one appears only in the two "if refused" notes.
        String label = words.get("username.label");
        assertThat(text.substring(text.indexOf(label) + label.length()).stripLeading()).startsWith("helene@café-martin.ch\n");
        assertThat(Pattern.compile(Pattern.quote(ascii)).matcher(text).results().count()).isEqualTo(2);
        String flat = text.replaceAll("\\s+", " ");
        String asciiNote = words.fill("idn.ascii", java.util.Map.of("ascii", ascii));
        String userNote = words.fill("idn.username", java.util.Map.of("ascii", ascii));
        assertThat(flat).contains(asciiNote, userNote);
        assertUnbroken(text, "helene@café-martin.ch", ascii);
    }

    @Test
    void emojiAndSymbolsInNamesAreNeverDroppedSilently() {
        MailboxSheet sheet = Sheets.sheet("Café 👍🏽🇨🇭 Team ☕", SheetLanguage.EN, "team@cafe-martin.ch", "Team 😀👨‍👩‍👧‍👦",
                Sheets.INFOMANIAK, Optional.empty(), Optional.empty());

        String text = render(sheet, SheetLanguage.EN);

        // The joiners between the family's faces have no glyph; every visible character is there.
        assertThat(text).contains("Café 👍🏽🇨🇭 Team ☕", "Team 😀👨👩👧👦");
    }

    @Test
    void aCharacterNoFontHasIsShownAsAReplacementMark() {
        MailboxSheet sheet = Sheets.sheet("Old \uD80C\uDC00 Scripts", SheetLanguage.EN, "team@cafe-martin.ch", "",
                Sheets.INFOMANIAK, Optional.empty(), Optional.empty());

        assertThat(render(sheet, SheetLanguage.EN)).contains("Old \uFFFD Scripts");
    }

    private static String render(MailboxSheet sheet, SheetLanguage language) {
        Sheets.Pdf pdf = Sheets.read(Sheets.render(renderer, Sheets.job(sheet, language)));
        assertThat(pdf.pages()).isEqualTo(1);
        return pdf.text();
    }

    /** Each value is on the page, and every place it appears once the line breaks are removed is on one line. */
    private static void assertUnbroken(String text, String... values) {
        String joined = text.replaceAll("\\R", "");
        for (String value : List.of(values)) {
            long onOneLine = Pattern.compile(Pattern.quote(value)).matcher(text).results().count();
            long anywhere = Pattern.compile(Pattern.quote(value)).matcher(joined).results().count();
            assertThat(onOneLine).as("%s on the page", value).isPositive();
            assertThat(onOneLine).as("%s never broken across lines in:%n%s", value, text).isEqualTo(anywhere);
        }
    }
}
