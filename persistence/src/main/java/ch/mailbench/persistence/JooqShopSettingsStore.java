package ch.mailbench.persistence;

import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import org.jooq.DSLContext;

import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.SHOP_SETTINGS;

/** The shop settings in their one-row table. */
public final class JooqShopSettingsStore implements ShopSettingsStore {

    private static final int THE_ROW = 1;

    /** jOOQ is set up on the first statement, not when the console starts. */
    private final Database database;

    public JooqShopSettingsStore(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    @Override
    public ShopSettings load() {
        return dsl().selectFrom(SHOP_SETTINGS).where(SHOP_SETTINGS.ID.eq(THE_ROW))
                .fetchOptional(row -> new ShopSettings(row.getName(), row.getContact(), Optional.ofNullable(row.getLogo()),
                        PaperSize.valueOf(row.getPaper()), Optional.ofNullable(row.getSheetLanguage()).map(SheetLanguage::fromCode)))
                .orElse(ShopSettings.empty());
    }

    @Override
    public void save(ShopSettings settings) {
        byte[] logo = settings.logo().orElse(null);
        String language = settings.sheetLanguage().map(SheetLanguage::code).orElse(null);
        dsl().insertInto(SHOP_SETTINGS)
                .set(SHOP_SETTINGS.ID, THE_ROW)
                .set(SHOP_SETTINGS.NAME, settings.name())
                .set(SHOP_SETTINGS.CONTACT, settings.contact())
                .set(SHOP_SETTINGS.LOGO, logo)
                .set(SHOP_SETTINGS.PAPER, settings.paper().name())
                .set(SHOP_SETTINGS.SHEET_LANGUAGE, language)
                .onConflict(SHOP_SETTINGS.ID).doUpdate()
                .set(SHOP_SETTINGS.NAME, settings.name())
                .set(SHOP_SETTINGS.CONTACT, settings.contact())
                .set(SHOP_SETTINGS.LOGO, logo)
                .set(SHOP_SETTINGS.PAPER, settings.paper().name())
                .set(SHOP_SETTINGS.SHEET_LANGUAGE, language)
                .execute();
    }
}
