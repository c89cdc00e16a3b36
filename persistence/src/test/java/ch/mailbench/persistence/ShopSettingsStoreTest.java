package ch.mailbench.persistence;

import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShopSettingsStoreTest {

    /** A 1×1 PNG. */
    static final byte[] LOGO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    @Test
    void startsEmptyThenKeepsWhatWasSavedAcrossOpenings() {
        Path file = folder.resolve("m.db");
        JooqShopSettingsStore store = new JooqShopSettingsStore(Database.open(file, Clock.systemUTC()));
        assertThat(store.load()).isEqualTo(ShopSettings.empty());

        ShopSettings settings = new ShopSettings("Informatique Favre Sàrl", "Rue du Lac 12\n+41 21 555 77 88",
                Optional.of(LOGO), PaperSize.LETTER);
        store.save(settings);
        store.save(settings.withPaper(PaperSize.A4));

        ShopSettings reopened = new JooqShopSettingsStore(Database.open(file, Clock.systemUTC())).load();
        assertThat(reopened).isEqualTo(settings.withPaper(PaperSize.A4));
        assertThat(reopened.logo()).hasValueSatisfying(logo -> assertThat(logo).isEqualTo(LOGO));

        store.save(reopened.withLogo(Optional.empty()));
        assertThat(store.load().logo()).isEmpty();
    }
}
