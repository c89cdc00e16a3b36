package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.ConsoleSelection;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.port.StoreFile;
import ch.mailbench.core.vault.Vault;

import java.time.Clock;
import java.util.Locale;

/**
 * The console's way in and out of the database as files: CSV import and export and backup (File
 * menu), device profiles of a mailbox (Mailbox menu) and a domain's publishing files (Tools menu).
 */
public final class DataExtension implements ConsoleExtension {

    private final Store store;
    private final Vault vault;
    private final StoreFile database;
    private final Clock clock;
    private final ShopSettingsStore shop;

    /** @param shop names the organisation in a device profile */
    public DataExtension(Store store, Vault vault, StoreFile database, Clock clock, ShopSettingsStore shop) {
        this.store = store;
        this.vault = vault;
        this.database = database;
        this.clock = clock;
        this.shop = shop;
    }

    @Override
    public void install(ConsoleContext context) {
        DataMessages messages = new DataMessages(context.messages().locale());
        ErrorTexts errors = new ErrorTexts(context.messages());
        Locale ui = context.messages().locale();
        ImportAction importAction = new ImportAction(context.frame(), store, vault, context.unlock(),
                () -> shop.load().languageForNewCustomers(ui), messages,
                context.reload(), context.tasks(), errors);
        BackupAction backupAction = new BackupAction(context.frame(), database, clock, messages, context.tasks(), errors);

        context.menus().addSeparator(MenuId.FILE);
        context.menus().add(MenuId.FILE, new ConsoleAction("import", messages.get("menu.file.import"), "ctrl I",
                importAction::chooseAndImport));
        ExportAction exportAction = new ExportAction(context.frame(), store, vault, context.unlock(), messages, context.tasks(), errors);
        context.menus().add(MenuId.FILE, new ConsoleAction("exportCsv", messages.get("menu.file.export"), null,
                exportAction::chooseAndExport));
        context.menus().add(MenuId.FILE, new ConsoleAction("backup", messages.get("menu.file.backup"), null,
                backupAction::chooseAndBackUp));

        ConsoleSelection selection = context.selection();
        ProfileAction profiles = new ProfileAction(context.frame(), shop, messages, context.tasks(), errors);
        ConsoleAction mailboxProfile = new ConsoleAction("mailboxProfile", messages.get("menu.mailbox.profile"), null,
                () -> selection.mailbox().ifPresent(mailbox -> selection.domainOfMailbox()
                        .ifPresent(domain -> profiles.chooseForMailbox(mailbox, domain))),
                () -> selection.mailbox().isPresent());
        context.menus().add(MenuId.MAILBOX, mailboxProfile);
        context.menus().addToPopup(ConsoleMenus.Target.MAILBOX, mailboxProfile);
        ConsoleAction domainFiles = new ConsoleAction("domainProfiles", messages.get("menu.domain.profiles"), null,
                () -> selection.domain().ifPresent(domain -> profiles.chooseForDomain(domain,
                        selection.customer().map(file -> file.customer().name()).orElse(""))),
                () -> selection.domain().isPresent());
        context.menus().add(MenuId.TOOLS, domainFiles);
        context.menus().addToPopup(ConsoleMenus.Target.DOMAIN, domainFiles);
    }
}
