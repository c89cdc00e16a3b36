package ch.mailbench.app.ui.shop;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The text of the shop settings dialog, in French, German or English. */
public final class ShopMessages extends Messages {

    public ShopMessages(Locale locale) {
        super("ch.mailbench.app.ui.shop.ShopMessages", locale);
    }
}
