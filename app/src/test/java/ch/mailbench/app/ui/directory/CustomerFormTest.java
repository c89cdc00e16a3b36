package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerFormTest {

    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void aNewCustomerNeedsAName() {
        CustomerForm form = CustomerForm.forNew(SheetLanguage.FR, messages);

        assertThat(form.isValid()).isFalse();
        assertThat(form.error(CustomerForm.NAME)).contains("Enter the customer’s name");

        form.setName("Boulangerie Dupont");

        assertThat(form.isValid()).isTrue();
        assertThat(form.toCustomer().name()).isEqualTo("Boulangerie Dupont");
        assertThat(form.toCustomer().sheetLanguage()).isEqualTo(SheetLanguage.FR);
        assertThat(form.toCustomer().isStored()).isFalse();
    }

    @Test
    void anInvalidEmailIsShownNextToTheField() {
        CustomerForm form = CustomerForm.forNew(SheetLanguage.FR, messages);
        form.setName("Dupont");

        form.setEmail("marie@");

        assertThat(form.error(CustomerForm.EMAIL)).contains("Not a valid email address");
        assertThat(form.isValid()).isFalse();
        form.setEmail("marie@dupont.ch");
        assertThat(form.error(CustomerForm.EMAIL)).isEmpty();
    }

    @Test
    void isDirtyOnlyWhileSomethingDiffersFromWhatWasOpened() {
        Customer stored = Customer.create("Garage Meier", SheetLanguage.DE).stored(4, 2);
        CustomerForm form = new CustomerForm(stored, messages);
        List<Object> dirtyEvents = new ArrayList<>();
        form.addPropertyChangeListener(e -> {
            if (FormModel.DIRTY.equals(e.getPropertyName())) {
                dirtyEvents.add(e.getNewValue());
            }
        });

        assertThat(form.isDirty()).isFalse();
        form.setPhone("+41 44 555 12 12");
        assertThat(form.isDirty()).isTrue();
        form.setPhone("");
        assertThat(form.isDirty()).isFalse();
        assertThat(dirtyEvents).containsExactly(true, false);
    }

    @Test
    void savingKeepsTheIdAndVersionItWasOpenedWith() {
        Customer stored = Customer.create("Garage Meier", SheetLanguage.DE).stored(4, 2);
        CustomerForm form = new CustomerForm(stored, messages);

        form.setName("Garage Meier AG");

        assertThat(form.toCustomer()).isEqualTo(stored.withName("Garage Meier AG"));
    }

    @Test
    void errorsComeInTheUsersLanguage() {
        CustomerForm form = CustomerForm.forNew(SheetLanguage.FR, new Messages(Locale.FRENCH));

        assertThat(form.error(CustomerForm.NAME)).contains("Indiquez le nom du client");
    }
}
