package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.app.ui.directory.MailboxForm;
import ch.mailbench.core.model.MailDomain;
import net.miginfocom.swing.MigLayout;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.Window;
import java.util.Optional;

/** Creates or edits a mailbox: address, display name, the domain's servers or its own, user name format, notes. */
public final class MailboxDialog extends FormDialog<MailboxForm> {

    /** @param finder "Find settings…", when the discovery feature is installed */
    public MailboxDialog(Window owner, MailboxForm form, Messages messages, Saver<MailboxForm> saver, Optional<SettingsFinder> finder) {
        super(owner, "mailboxDialog", messages.get(form.isNew() ? "mailbox.new.title" : "mailbox.edit.title"), form, messages, saver);
        JTextField localPart = binder.text(MailboxForm.LOCAL_PART, form::setLocalPart, 14);
        JComboBox<MailDomain> domain = binder.combo(MailboxForm.DOMAIN, form.domains(), form::setDomain, d -> d.name().unicode());
        domain.getAccessibleContext().setAccessibleName(messages.get("mailbox.domain"));
        JPanel address = new JPanel(new MigLayout("insets 0", "[grow,fill]2[]2[grow,fill]", "[]"));
        address.add(localPart);
        address.add(new JLabel("@"));
        address.add(domain);
        row(messages.get("mailbox.address"), address, MailboxForm.LOCAL_PART).setLabelFor(localPart);
        row(messages.get("mailbox.displayName"), binder.text(MailboxForm.DISPLAY_NAME, form::setDisplayName, 24), null);
        rows.add(binder.check(MailboxForm.USES_DOMAIN_SERVERS, messages.get("mailbox.usesDomainServers"),
                form::setUsesDomainServers), "skip 1");
        ServerRows.add(this, form, messages, finder.map(f -> () -> f.find(dialog, form.addressToFind(),
                found -> form.useSettings(found.settings()))));
        row(messages.get("mailbox.notes"), scrolled(binder.area(MailboxForm.NOTES, form::setNotes, 3)), null);
    }
}
