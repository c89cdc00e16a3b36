package ch.mailbench.persistence;

import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop's sheet header on SQLite and on PostgreSQL. */
class ShopSettingsStoreTest extends BothDialects {

    /** A 1×1 PNG. */
    static final byte[] LOGO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void startsEmptyThenKeepsWhatWasSavedAcrossOpenings() {
        JooqShopSettingsStore store = new JooqShopSettingsStore(databases.open("m.db", Clock.systemUTC()));
        assertThat(store.load()).isEqualTo(ShopSettings.empty());

        ShopSettings settings = new ShopSettings("Informatique Favre Sàrl", "Rue du Lac 12\n+41 21 555 77 88",
                Optional.of(LOGO), PaperSize.LETTER);
        store.save(settings);
        store.save(settings.withPaper(PaperSize.A4));

        ShopSettings reopened = new JooqShopSettingsStore(databases.open("m.db", Clock.systemUTC())).load();
        assertThat(reopened).isEqualTo(settings.withPaper(PaperSize.A4));
        assertThat(reopened.logo()).hasValueSatisfying(logo -> assertThat(logo).isEqualTo(LOGO));

        store.save(reopened.withLogo(Optional.empty()));
        assertThat(store.load().logo()).isEmpty();
    }
}
