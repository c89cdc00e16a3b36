package ch.mailbench.core.sheet;

import ch.mailbench.core.model.SheetLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A mailbox at a provider that refuses plain passwords: its sheet says to use the provider's own sign-in. */
class ModernAuthSheetTest {

    @ParameterizedTest
    @EnumSource(SheetLanguage.class)
    void theSheetTellsTheCustomerToAddTheAccountWithTheProvidersOwnSignIn(SheetLanguage language) {
        MailboxSheet plain = Sheets.dupont(language);
        MailboxSheet modern = new MailboxSheet(plain.customer(), plain.domain(), plain.mailbox(), plain.settings(),
                plain.lastSuccess(), plain.password(), Optional.of("Microsoft 365"));
        SheetRenderer renderer = Sheets.renderer();

        String withNote = Sheets.read(Sheets.render(renderer, Sheets.job(modern, language))).flat();
        String without = Sheets.read(Sheets.render(renderer, Sheets.job(plain, language))).flat();

        String note = new SheetText(language).fill("modernAuth", java.util.Map.of("provider", "Microsoft 365"));
        assertThat(squash(withNote)).contains(squash(note.substring(0, 40)));
        assertThat(squash(without)).doesNotContain(squash(note.substring(0, 40)));
    }

    /** PDF text comes back with line breaks where the paragraph wrapped. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
