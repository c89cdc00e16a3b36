package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.directory.DomainForm;

import javax.swing.JLabel;
import javax.swing.UIManager;
import java.awt.Window;

/** Creates or edits a domain: its name (Unicode accepted), provider and the default servers of its mailboxes. */
public final class DomainDialog extends FormDialog<DomainForm> {

    public DomainDialog(Window owner, DomainForm form, Messages messages, Saver<DomainForm> saver) {
        super(owner, "domainDialog", messages.get(form.isNew() ? "domain.new.title" : "domain.edit.title"), form, messages, saver);
        row(messages.get("domain.name"), binder.text(DomainForm.NAME, form::setName, 24), DomainForm.NAME);
        JLabel hint = Widgets.label("domainHint", messages.get("domain.name.hint"));
        Widgets.smaller(hint);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        rows.add(hint, "skip 1");
        row(messages.get("domain.provider"), binder.text(DomainForm.PROVIDER, form::setProvider, 24), null);
        ServerRows.add(this, form, messages);
    }
}
