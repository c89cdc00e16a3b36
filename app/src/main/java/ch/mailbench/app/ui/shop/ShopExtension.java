package ch.mailbench.app.ui.shop;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.core.port.ShopSettingsStore;

import javax.swing.JOptionPane;

/** File → Shop settings…: the console's way to what {@code mailbench shop} sets, shown on every sheet. */
public final class ShopExtension implements ConsoleExtension {

    private final ShopSettingsStore shop;

    public ShopExtension(ShopSettingsStore shop) {
        this.shop = shop;
    }

    @Override
    public void install(ConsoleContext context) {
        ShopMessages messages = new ShopMessages(context.messages().locale());
        ErrorTexts errors = new ErrorTexts(context.messages());
        context.menus().add(MenuId.FILE, new ConsoleAction("shopSettings", messages.get("menu.file.shop"), null, () ->
                BackgroundTask.of(monitor -> shop.load())
                        .onSuccess(settings -> new ShopDialog(context.frame(), new ShopForm(settings, messages), context.messages(), messages,
                                context.tasks(),
                                (form, saved, failed) -> BackgroundTask.of(monitor -> {
                                    shop.save(form.toSettings());
                                    return Boolean.TRUE;
                                }).shownAs(messages.get("shop.saving")).onSuccess(done -> saved.run()).onFailure(failed)
                                        .executeWith(context.tasks())).show())
                        .onFailure(e -> JOptionPane.showMessageDialog(context.frame(), errors.describe(e), messages.get("shop.title"),
                                JOptionPane.ERROR_MESSAGE))
                        .executeWith(context.tasks())));
    }
}
