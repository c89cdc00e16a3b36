package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.directory.CustomerForm;
import ch.mailbench.core.model.SheetLanguage;

import java.awt.Window;
import java.util.List;

/** Creates or edits a customer: name, contact details, the language of its sheets, notes. */
public final class CustomerDialog extends FormDialog<CustomerForm> {

    public CustomerDialog(Window owner, CustomerForm form, Messages messages, Saver<CustomerForm> saver) {
        super(owner, "customerDialog", messages.get(form.isNew() ? "customer.new.title" : "customer.edit.title"),
                form, messages, saver);
        row(messages.get("customer.name"), binder.text(CustomerForm.NAME, form::setName, 28), CustomerForm.NAME);
        row(messages.get("customer.contact"), binder.text(CustomerForm.CONTACT, form::setContactPerson, 28), null);
        row(messages.get("customer.phone"), binder.text(CustomerForm.PHONE, form::setPhone, 28), null);
        row(messages.get("customer.email"), binder.text(CustomerForm.EMAIL, form::setEmail, 28), CustomerForm.EMAIL);
        row(messages.get("customer.language"), binder.combo(CustomerForm.LANGUAGE, List.of(SheetLanguage.values()),
                form::setSheetLanguage, l -> messages.get("language." + l.name())), null);
        row(messages.get("customer.notes"), scrolled(binder.area(CustomerForm.NOTES, form::setNotes, 4)), null);
    }
}
