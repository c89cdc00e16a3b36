package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Mnemonic;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.core.model.UsernameFormat;

import net.miginfocom.swing.MigLayout;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import java.awt.Window;
import java.util.List;

/** Adds or edits an own provider: key, name, domains, MX patterns, servers (one per line), user name, modern sign-in. */
final class ProviderDialog extends FormDialog<ProviderForm> {

    /** @param messages the console's own texts (OK, Cancel, errors) */
    ProviderDialog(Window owner, ProviderForm form, Messages messages, DiscoveryTexts texts, Saver<ProviderForm> saver) {
        super(owner, "providerDialog", texts.get(form.isNew() ? "provider.new.title" : "provider.edit.title"), form, messages, saver);
        JTextField key = binder.text(ProviderForm.KEY, form::setKey, 16);
        key.setEditable(form.isNew());
        row(texts.get("provider.key"), key, ProviderForm.KEY);
        row(texts.get("provider.name"), binder.text(ProviderForm.NAME, form::setName, 28), ProviderForm.NAME);
        row(texts.get("provider.domains"), binder.text(ProviderForm.DOMAINS, form::setDomains, 28), ProviderForm.DOMAINS);
        row(texts.get("provider.mx"), binder.text(ProviderForm.MX, form::setMx, 28), ProviderForm.MX);
        row(texts.get("provider.servers"), scrolled(binder.area(ProviderForm.SERVERS, form::setServers, 4)), ProviderForm.SERVERS);
        JLabel hint = Widgets.label("serversHint", texts.get("provider.servers.hint"));
        Widgets.smaller(hint);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        rows.add(hint, "skip 1");
        // Every format the model has; "other" is a user name the provider assigns to all its customers alike.
        JComboBox<UsernameFormat.Kind> kind = binder.combo(ProviderForm.USERNAME, List.of(UsernameFormat.Kind.values()),
                form::setUsernameKind, k -> texts.get("format." + k.name()));
        JTextField custom = binder.text(ProviderForm.CUSTOM_USERNAME, form::setCustomUsername, 14);
        custom.setName("customUsername");
        binder.visibleWhen(custom, () -> form.usernameKind() == UsernameFormat.Kind.CUSTOM);
        JPanel username = new JPanel(new MigLayout("insets 0, hidemode 3", "[][grow,fill]", "[]"));
        username.add(kind);
        username.add(custom);
        row(texts.get("provider.username"), username, ProviderForm.CUSTOM_USERNAME).setLabelFor(kind);
        kind.getAccessibleContext().setAccessibleName(Mnemonic.of(texts.get("provider.username")).text());
        rows.add(binder.check(ProviderForm.MODERN_AUTH, texts.get("provider.modernAuth"), form::setModernAuth), "skip 1");
        row(texts.get("provider.notes"), scrolled(binder.area(ProviderForm.NOTES, form::setNotes, 2)), null);
    }
}
