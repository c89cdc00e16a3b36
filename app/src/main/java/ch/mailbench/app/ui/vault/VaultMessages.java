package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The text of the vault, import and backup parts of the console, in French, German or English. */
public final class VaultMessages extends Messages {

    public VaultMessages(Locale locale) {
        super("ch.mailbench.app.ui.vault.VaultMessages", locale);
    }
}
