package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.app.ui.form.Validation;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.SheetLanguage;

import java.util.HashMap;
import java.util.Map;

/** A customer being created or edited. */
public final class CustomerForm extends FormModel {

    public static final String NAME = "name";
    public static final String CONTACT = "contactPerson";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String LANGUAGE = "sheetLanguage";
    public static final String NOTES = "notes";

    private final Customer original;

    public CustomerForm(Customer original, Messages messages) {
        super(messages);
        this.original = original;
        set(NAME, original.isStored() ? original.name() : "");
        set(CONTACT, original.contactPerson());
        set(PHONE, original.phone());
        set(EMAIL, original.email());
        set(LANGUAGE, original.sheetLanguage());
        set(NOTES, original.notes());
        opened();
    }

    /** A form for a new customer whose sheets use {@code language}. */
    public static CustomerForm forNew(SheetLanguage language, Messages messages) {
        return new CustomerForm(Customer.create("new", language), messages);
    }

    public boolean isNew() {
        return !original.isStored();
    }

    public void setName(String name) { set(NAME, name); }
    public void setContactPerson(String contact) { set(CONTACT, contact); }
    public void setPhone(String phone) { set(PHONE, phone); }
    public void setEmail(String email) { set(EMAIL, email); }
    public void setSheetLanguage(SheetLanguage language) { set(LANGUAGE, language); }
    public void setNotes(String notes) { set(NOTES, notes); }

    /** The customer to save, with the id and version it was opened with. Only when valid. */
    public Customer toCustomer() {
        return new Customer(original.id(), original.version(), text(NAME), text(CONTACT), text(PHONE), text(EMAIL),
                (SheetLanguage) get(LANGUAGE), text(NOTES));
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new HashMap<>();
        if (text(NAME).isBlank()) {
            errors.put(NAME, messages.get("error.customer.name"));
        }
        if (!text(EMAIL).isBlank()) {
            Validation.check(errors, EMAIL, () -> EmailAddress.parse(text(EMAIL)), messages.get("error.email"));
        }
        return errors;
    }
}
