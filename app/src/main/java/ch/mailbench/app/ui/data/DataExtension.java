package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.port.StoreFile;
import ch.mailbench.core.vault.Vault;

import java.time.Clock;

/** The console's way in and out of the database as files (File menu): CSV import and backup. */
public final class DataExtension implements ConsoleExtension {

    private final Store store;
    private final Vault vault;
    private final StoreFile database;
    private final Clock clock;

    public DataExtension(Store store, Vault vault, StoreFile database, Clock clock) {
        this.store = store;
        this.vault = vault;
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void install(ConsoleContext context) {
        DataMessages messages = new DataMessages(context.messages().locale());
        ErrorTexts errors = new ErrorTexts(context.messages());
        SheetLanguage language = SheetLanguage.forLocale(context.messages().locale());
        ImportAction importAction = new ImportAction(context.frame(), store, vault, context.unlock(), language, messages,
                context.reload(), context.tasks(), errors);
        BackupAction backupAction = new BackupAction(context.frame(), database, clock, messages, context.tasks(), errors);

        context.menus().addSeparator(MenuId.FILE);
        context.menus().add(MenuId.FILE, new ConsoleAction("import", messages.get("menu.file.import"), "ctrl I",
                importAction::chooseAndImport));
        context.menus().add(MenuId.FILE, new ConsoleAction("backup", messages.get("menu.file.backup"), null,
                backupAction::chooseAndBackUp));
    }
}
