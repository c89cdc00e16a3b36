package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ActionIcon;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.ConsoleMenus.Target;
import ch.mailbench.app.ui.action.ConsoleSelection;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.app.ui.directory.CustomerDialog;
import ch.mailbench.app.ui.directory.DomainDialog;
import ch.mailbench.app.ui.directory.MailboxDialog;
import ch.mailbench.app.ui.directory.CustomerForm;
import ch.mailbench.app.ui.directory.DomainForm;
import ch.mailbench.app.ui.directory.MailboxForm;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.directory.DeletionImpact;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryService;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;

import javax.swing.JOptionPane;
import java.awt.datatransfer.StringSelection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creating, editing and deleting customers, domains and mailboxes: the console's own entries,
 * plugged in through the same {@link ConsoleExtension} seam other features use. Saves and
 * deletions run in the background; a stale edit or a duplicate name is shown in the dialog,
 * which keeps what the user typed.
 */
public final class DirectoryEditing implements ConsoleExtension {

    private final CustomerDirectory directory;
    private final Vault vault;
    private final HistoryService history;
    private final ShopSettingsStore shop;
    private ConsoleContext context;
    private Messages messages;
    private ErrorTexts errors;

    /**
     * @param vault   where the optional password of a new mailbox goes
     * @param history names who changed a row when an edit of it is refused as stale
     * @param shop    whose default sheet language a new customer gets
     */
    public DirectoryEditing(CustomerDirectory directory, Vault vault, HistoryService history, ShopSettingsStore shop) {
        this.directory = directory;
        this.vault = vault;
        this.history = history;
        this.shop = shop;
    }

    @Override
    public void install(ConsoleContext consoleContext) {
        this.context = consoleContext;
        this.messages = consoleContext.messages();
        this.errors = new ErrorTexts(messages);
        ConsoleMenus menus = consoleContext.menus();
        ConsoleSelection selection = consoleContext.selection();

        ConsoleAction newCustomer = action("newCustomer", "action.newCustomer", "ctrl N", this::newCustomer, () -> true)
                .withTooltip(messages.get("action.newCustomer.tip")).withIcon(ActionIcon.Shape.NEW_CUSTOMER);
        ConsoleAction editCustomer = action("editCustomer", "action.editCustomer", null, this::editCustomer,
                () -> selection.customer().isPresent());
        ConsoleAction deleteCustomer = action("deleteCustomer", "action.deleteCustomer", null, this::deleteCustomer,
                () -> selection.customer().isPresent());
        ConsoleAction sheetLanguage = action("sheetLanguage", "action.sheetLanguage", null, this::sheetLanguage, () -> true)
                .withTooltip(messages.get("action.sheetLanguage.tip"));
        ConsoleAction newDomain = action("newDomain", "action.newDomain", "ctrl D", this::newDomain,
                () -> selection.customer().isPresent()).withTooltip(messages.get("action.newDomain.tip")).withIcon(ActionIcon.Shape.NEW_DOMAIN);
        ConsoleAction editDomain = action("editDomain", "action.editDomain", null, this::editDomain,
                () -> selection.domain().isPresent());
        ConsoleAction deleteDomain = action("deleteDomain", "action.deleteDomain", null, this::deleteDomain,
                () -> selection.domain().isPresent());
        // Offered by the discovery feature through the hooks (installed in any order), so looked up when the menu shows.
        ConsoleAction findDomainSettings = action("findDomainSettings", "action.findDomainSettings", null, this::findDomainSettings,
                () -> selection.domain().isPresent() && consoleContext.hooks().settingsFinder().isPresent());
        ConsoleAction newMailbox = action("newMailbox", "action.newMailbox", "ctrl M", this::newMailbox,
                () -> selection.customer().map(c -> !c.domains().isEmpty()).orElse(false))
                .withTooltip(messages.get("action.newMailbox.tip")).withIcon(ActionIcon.Shape.NEW_MAILBOX);
        ConsoleAction editMailbox = action("editMailbox", "action.editMailbox", null, this::editMailbox,
                () -> selection.mailbox().isPresent());
        ConsoleAction deleteMailbox = action("deleteMailbox", "action.deleteMailbox", null, this::deleteMailbox,
                () -> selection.mailbox().isPresent());

        ConsoleAction copySettings = action("copySettings", "action.copySettings", "ctrl shift C", this::copySettings,
                () -> selection.mailbox().isPresent()).withTooltip(messages.get("action.copySettings.tip"));

        for (ConsoleAction[] group : new ConsoleAction[][] {{newCustomer, editCustomer, sheetLanguage, deleteCustomer},
                {newDomain, editDomain, deleteDomain}, {newMailbox, editMailbox, deleteMailbox}}) {
            menus.addSeparator(MenuId.EDIT);
            Arrays.stream(group).forEach(a -> menus.add(MenuId.EDIT, a));
        }
        menus.addToToolbar(newCustomer);
        menus.addToToolbar(newDomain);
        menus.addToToolbar(newMailbox);
        Map.of(Target.CUSTOMER, List.of(editCustomer, sheetLanguage, newDomain, deleteCustomer),
                Target.DOMAIN, List.of(editDomain, findDomainSettings, newMailbox, deleteDomain),
                Target.MAILBOX, List.of(editMailbox, copySettings, deleteMailbox))
                .forEach((target, actions) -> actions.forEach(a -> menus.addToPopup(target, a)));
        menus.add(MenuId.MAILBOX, copySettings);
        menus.setRowActions(Target.CUSTOMER, editCustomer, deleteCustomer);
        menus.setRowActions(Target.DOMAIN, editDomain, deleteDomain);
        menus.setRowActions(Target.MAILBOX, editMailbox, deleteMailbox);
        menus.setAddAction(Target.DOMAIN, newDomain);
        menus.setAddAction(Target.MAILBOX, newMailbox);
    }

    private ConsoleAction action(String id, String key, String accelerator, Runnable command, java.util.function.BooleanSupplier enabled) {
        return new ConsoleAction(id, messages.get(key), accelerator, command, enabled);
    }

    private void newCustomer() {
        Locale ui = messages.locale();
        run("work.loading", monitor -> shop.load().languageForNewCustomers(ui), this::newCustomer, this::showFailure);
    }

    private void newCustomer(SheetLanguage language) {
        CustomerForm form = CustomerForm.forNew(language, messages);
        new CustomerDialog(context.frame(), form, messages, (model, saved, failed) ->
                run("work.saving", monitor -> directory.save(model.toCustomer()),
                customer -> {
                    saved.run();
                    context.openCustomer().accept(customer.id());
                }, failed)).show();
    }

    private void editCustomer() {
        editCustomer(file().customer(), "");
    }

    /** {@code typed}: what the technician had typed in an edit refused as stale, shown to copy. */
    private void editCustomer(Customer customer, String typed) {
        CustomerDialog dialog = new CustomerDialog(context.frame(), new CustomerForm(customer, messages), messages,
                (model, saved, failed) -> run("work.saving",
                        monitor -> history.explainingStale(HistoryEntry.Target.CUSTOMER, customer.id(), () -> directory.save(model.toCustomer())),
                        result -> {
                            saved.run();
                            context.reload().run();
                        }, failed));
        dialog.offerReloadWhenStale(text -> reopen(customer.id(), file -> Optional.of(file.customer()),
                current -> editCustomer(current, text)));
        dialog.showTyped(typed);
        dialog.show();
    }

    /**
     * After Reload on a refused stale edit: reloads the window, reads the row as it is now (in the
     * background) and lets {@code edit} open it again; a row deleted meanwhile is said so.
     */
    private <T> void reopen(long customerId, Function<CustomerFile, Optional<T>> row, Consumer<T> edit) {
        context.reload().run();
        run("status.opening", monitor -> directory.open(customerId).flatMap(row),
                current -> current.ifPresentOrElse(edit, () -> JOptionPane.showMessageDialog(context.frame(),
                        messages.get("error.gone"), messages.get("app.title"), JOptionPane.WARNING_MESSAGE)),
                this::showFailure);
    }

    /** Loads every customer (off the EDT), then offers them with the open one chosen. */
    private void sheetLanguage() {
        Optional<Customer> open = context.selection().customer().map(CustomerFile::customer);
        Locale ui = messages.locale();
        run("work.loading", monitor -> directory.loadIndex(ui).all(), customers -> {
            SheetLanguageForm form = new SheetLanguageForm(open.map(Customer::name).stream().toList(),
                    open.map(Customer::sheetLanguage).orElse(SheetLanguage.forLocale(ui)), messages);
            new SheetLanguageDialog(context.frame(), form, customers, messages, (model, saved, failed) ->
                    run("work.saving", monitor -> directory.setSheetLanguage(model.customers(), model.language()),
                            result -> {
                                saved.run();
                                context.reload().run();
                            }, failed)).show();
        }, this::showFailure);
    }

    private void deleteCustomer() {
        Customer customer = file().customer();
        confirmAndDelete(() -> directory.impactOfDeleting(customer), impact -> impact.hasChildren()
                        ? messages.format("confirm.deleteCustomer.children", customer.name(), impact.domains(), impact.mailboxes())
                        : messages.format("confirm.deleteCustomer", customer.name()),
                () -> directory.delete(customer));
    }

    private void newDomain() {
        showDomainDialog(DomainForm.forNew(file().customer().id(), messages), Optional.empty(), "");
    }

    private void editDomain() {
        MailDomain domain = context.selection().domain().orElseThrow();
        showDomainDialog(new DomainForm(domain, messages), Optional.of(domain), "");
    }

    /**
     * Loads the catalog's providers for the provider field first (off the EDT); without them the field is free text only.
     * {@code editing}: the domain edited, which Reload opens again after a stale edit; {@code typed}: see {@link #editCustomer(Customer, String)}.
     */
    private void showDomainDialog(DomainForm form, Optional<MailDomain> editing, String typed) {
        Optional<SettingsFinder> finder = context.hooks().settingsFinder();
        long id = editing.map(MailDomain::id).orElse(0L);
        Consumer<List<Provider>> show = providers -> {
            DomainDialog dialog = new DomainDialog(context.frame(), form, messages, (model, saved, failed) ->
                    run("work.saving", monitor -> history.explainingStale(HistoryEntry.Target.DOMAIN, id, () -> directory.save(model.toDomain())),
                            result -> {
                                saved.run();
                                context.reload().run();
                            }, failed), providers, finder);
            editing.ifPresent(domain -> dialog.offerReloadWhenStale(text -> reopen(domain.customerId(),
                    file -> file.domain(domain.id()), current -> showDomainDialog(new DomainForm(current, messages),
                            Optional.of(current), text))));
            dialog.showTyped(typed);
            dialog.show();
        };
        if (finder.isEmpty()) {
            show.accept(List.of());
            return;
        }
        BackgroundTask.of(monitor -> finder.get().providers()).onSuccess(show).onFailure(e -> show.accept(List.of()))
                .executeWith(context.tasks());
    }

    /**
     * "Find settings…" on a stored domain: the finder starts from an address at it; "Use these settings"
     * then asks before storing the servers as the domain's defaults (its mailboxes on the old servers
     * move along), a change the history records and can undo.
     */
    private void findDomainSettings() {
        MailDomain domain = context.selection().domain().orElseThrow();
        AtomicReference<FoundSettings> chosen = new AtomicReference<>();
        context.hooks().settingsFinder().orElseThrow().find(context.frame(), "info@" + domain.name().unicode(), chosen::set);
        FoundSettings found = chosen.get();
        if (found == null) {
            return;
        }
        ServerSettings settings = found.settings();
        String none = messages.get("domain.useFound.none");
        String question = messages.format("domain.useFound.question", domain.name().unicode(),
                settings.incoming().map(Endpoint::toString).orElse(none), settings.outgoing().map(Endpoint::toString).orElse(none),
                found.provider().or(() -> Optional.of(domain.provider()).filter(p -> !p.isBlank())).orElse(none));
        String[] options = {messages.get("domain.useFound.store"), messages.get("dialog.cancel")};
        if (JOptionPane.showOptionDialog(context.frame(), question, messages.get("domain.useFound.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.QUESTION_MESSAGE, null, options, options[1]) == 0) {
            run("work.saving", monitor -> directory.applyToDomain(domain.name(), settings, found.provider()), saved -> context.reload().run(),
                    this::showFailure);
        }
    }

    private void deleteDomain() {
        MailDomain domain = context.selection().domain().orElseThrow();
        confirmAndDelete(() -> directory.impactOfDeleting(domain), impact -> impact.hasChildren()
                        ? messages.format("confirm.deleteDomain.children", domain.name().unicode(), impact.mailboxes())
                        : messages.format("confirm.deleteDomain", domain.name().unicode()),
                () -> directory.delete(domain));
    }

    private void newMailbox() {
        CustomerFile file = file();
        MailDomain domain = context.selection().domain().or(() -> context.selection().domainOfMailbox())
                .orElse(file.domains().get(0));
        showMailboxDialog(MailboxForm.forNew(domain, file.domains(), messages), Optional.empty(), "");
    }

    private void editMailbox() {
        Mailbox mailbox = context.selection().mailbox().orElseThrow();
        showMailboxDialog(MailboxForm.forEdit(mailbox, file().domains(), messages), Optional.of(file().customer().id()), "");
    }

    /** {@code customerOfEdited}: when editing, the mailbox's customer, whose file Reload reads again after a stale edit. */
    private void showMailboxDialog(MailboxForm form, Optional<Long> customerOfEdited, String typed) {
        AtomicReference<MailboxDialog> dialog = new AtomicReference<>();
        long editedId = customerOfEdited.isPresent() ? form.toMailbox().id() : 0;
        dialog.set(new MailboxDialog(context.frame(), form, messages, (model, saved, failed) -> {
            char[] password = dialog.get().typedPassword();
            Mailbox mailbox = model.toMailbox();
            run("work.saving", monitor -> history.explainingStale(HistoryEntry.Target.MAILBOX, mailbox.id(), () -> saveWithPassword(mailbox, password)),
                    passwordStored -> {
                        saved.run();
                        context.reload().run();
                        if (!passwordStored) {
                            JOptionPane.showMessageDialog(context.frame(), messages.get("mailbox.password.notStored"),
                                    messages.get("app.title"), JOptionPane.WARNING_MESSAGE);
                        }
                    }, failed);
        }, context.hooks().settingsFinder(), context.hooks().mailboxTester()));
        customerOfEdited.ifPresent(customerId -> dialog.get().offerReloadWhenStale(text -> reopen(customerId,
                file -> file.mailboxes().stream().filter(m -> m.id() == editedId).findFirst()
                        .map(current -> MailboxForm.forEdit(current, file.domains(), messages)),
                current -> showMailboxDialog(current, Optional.of(customerId), text))));
        dialog.get().showTyped(typed);
        dialog.get().show();
    }

    /**
     * Off the EDT: with a password, unlocks the vault first (asking the technician), then saves the
     * mailbox and stores the password. A vault that stays locked saves nothing, so the dialog stays
     * open with everything typed. Clears {@code password}.
     *
     * @return false when the mailbox was saved but its password could not be stored
     */
    private boolean saveWithPassword(Mailbox mailbox, char[] password) {
        try {
            if (password.length > 0 && !vault.isUnlocked() && !context.unlock().unlock(vault)) {
                throw new VaultLockedException();
            }
            Mailbox saved = directory.save(mailbox);
            if (password.length > 0) {
                try {
                    vault.storePassword(saved.id(), password);
                } catch (RuntimeException e) {
                    return false;
                }
            }
            return true;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void deleteMailbox() {
        Mailbox mailbox = context.selection().mailbox().orElseThrow();
        if (confirmed(messages.format("confirm.deleteMailbox", mailbox.address().unicode()))) {
            delete(() -> directory.delete(mailbox));
        }
    }

    /** Puts the selected mailbox's settings on the clipboard as plain text, in the UI language. */
    private void copySettings() {
        Mailbox mailbox = context.selection().mailbox().orElseThrow();
        String text = new SettingsCopy(messages).text(mailbox, file().domain(mailbox.domainId()).orElseThrow());
        context.frame().getToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
    }

    /** Counts what goes with it (in the background), asks, then deletes (in the background) and reloads. */
    private void confirmAndDelete(Supplier<DeletionImpact> impact, java.util.function.Function<DeletionImpact, String> question,
                                  Runnable delete) {
        run("work.counting", monitor -> impact.get(), counted -> {
            if (confirmed(question.apply(counted))) {
                delete(delete);
            }
        }, this::showFailure);
    }

    /** Asks with "Delete" and "Cancel" (the default), so a stray Enter deletes nothing. */
    private boolean confirmed(String question) {
        String[] options = {messages.get("confirm.delete"), messages.get("dialog.cancel")};
        return JOptionPane.showOptionDialog(context.frame(), question, messages.get("confirm.title"),
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]) == 0;
    }

    private void delete(Runnable delete) {
        run("work.deleting", monitor -> {
            delete.run();
            return Boolean.TRUE;
        }, done -> context.reload().run(), this::showFailure);
    }

    /** Runs {@code work} off the EDT, shown in the status bar as {@code titleKey}. EDT. */
    private <T> void run(String titleKey, BackgroundTask.Work<T> work, Consumer<? super T> onSuccess, Consumer<Exception> onFailure) {
        BackgroundTask.of(work).shownAs(messages.get(titleKey)).onSuccess(onSuccess).onFailure(onFailure).executeWith(context.tasks());
    }

    private void showFailure(Exception e) {
        JOptionPane.showMessageDialog(context.frame(), errors.describe(e), messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
        context.reload().run();
    }

    private CustomerFile file() {
        return context.selection().customer().orElseThrow();
    }

}
