package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.sheet.SheetOptions;
import ch.mailbench.core.sheet.SheetService;

import java.awt.Window;

/**
 * Setup sheets in the console: the open customer's pack (File menu, toolbar) and the selected
 * mailbox's sheet (Mailbox menu, its row's pop-up), both shown in the print preview.
 */
public final class SheetExtension implements ConsoleExtension {

    private final SheetService sheets;

    public SheetExtension(SheetService sheets) {
        this.sheets = sheets;
    }

    @Override
    public void install(ConsoleContext context) {
        SheetDialogText text = new SheetDialogText(context.messages().locale());
        ConsoleMenus menus = context.menus();
        ConsoleAction pack = ConsoleAction.onSelected("customerSheets", text.get("menu.sheet"), "ctrl P",
                () -> context.selection().customer().map(CustomerFile::customer), c -> previewPack(context.frame(), context, c))
                .withTooltip(text.get("menu.sheet.tooltip"));
        ConsoleAction single = ConsoleAction.onSelected("mailboxSheet", text.get("menu.sheet.mailbox"), null,
                context.selection()::mailbox, m -> previewMailbox(context, m));
        menus.addSeparator(MenuId.FILE);
        menus.add(MenuId.FILE, pack);
        menus.add(MenuId.MAILBOX, single);
        menus.addToPopup(ConsoleMenus.Target.MAILBOX, single);
        menus.addToolbarSeparator();
        menus.addToToolbar(pack);
        context.hooks().offerSheetPrinter((owner, customers) -> customers.forEach(c -> previewPack(owner, context, c)));
    }

    private void previewPack(Window owner, ConsoleContext context, Customer customer) {
        new SheetPreviewDialog(owner, customer.name(),
                options -> sheets.toPdf(sheets.forCustomer(customer.name(), options)),
                SheetOptions.defaults(), customer.sheetLanguage(), context.messages().locale(), context.tasks()).show();
    }

    private void previewMailbox(ConsoleContext context, Mailbox mailbox) {
        Customer customer = context.selection().customer().orElseThrow().customer();
        new SheetPreviewDialog(context.frame(), mailbox.address().unicode(),
                options -> sheets.toPdf(sheets.forMailbox(mailbox.address(), options)),
                SheetOptions.defaults(), customer.sheetLanguage(), context.messages().locale(), context.tasks()).show();
    }
}
