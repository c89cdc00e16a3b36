package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes sample sheets to {@code target/sample-sheets} so they can be rendered to PNG and looked
 * at ({@code pdftoppm -png}); checks only that each is one page.
 */
class SampleSheetsTest {

    @Test
    void writesSampleSheetsInEveryLanguage() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "sample-sheets"));
        SheetRenderer renderer = Sheets.renderer();
        for (SheetLanguage language : SheetLanguage.values()) {
            for (MailboxSheet sheet : List.of(Sheets.dupont(language), Sheets.bluewin(language), Sheets.meier(language), Sheets.compta(language))) {
                byte[] pdf = Sheets.render(renderer, Sheets.job(sheet, language));
                Files.write(folder.resolve(language.code() + "-" + sheet.mailbox().address().localPart() + ".pdf"), pdf);
                assertThat(Sheets.read(pdf).pages()).isEqualTo(1);
            }
            MailboxSheet exchange = Sheets.sheet("Cabinet Rossi", language, "avv@rossi-legal.ch", "", ServerSettings.of(MailboxType.EXCHANGE,
                    Endpoint.of("outlook.office365.com", 443, Security.SSL_TLS), null, false, UsernameFormat.FULL_ADDRESS),
                    Optional.empty(), Optional.empty());
            MailboxSheet idn = Sheets.sheet("Café Martin 👍🏽☕", language, "helene@café-martin.ch", "Hélène 😀", Sheets.INFOMANIAK,
                    Optional.empty(), Optional.empty());
            for (MailboxSheet sheet : List.of(Sheets.longNames(language, UsernameFormat.FULL_ADDRESS), exchange, idn)) {
                byte[] pdf = Sheets.render(renderer, Sheets.job(sheet, language));
                Files.write(folder.resolve(language.code() + "-" + sheet.mailbox().address().localPart() + ".pdf"), pdf);
                assertThat(Sheets.read(pdf).pages()).isEqualTo(1);
            }
            SheetJob pack = new SheetJob(List.of(Sheets.dupont(language), Sheets.bluewin(language), Sheets.meier(language)),
                    true, language, Set.of(Device.IPHONE, Device.THUNDERBIRD, Device.MACOS), Sheets.SHOP.withPaper(PaperSize.LETTER), Sheets.PRINTED);
            byte[] pdf = Sheets.render(renderer, pack);
            Files.write(folder.resolve(language.code() + "-pack-letter.pdf"), pdf);
            assertThat(Sheets.read(pdf).pages()).isEqualTo(4);
        }
    }
}
