package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.model.SheetLanguage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer → Sheet language…: the customers chosen (by name, as the directory finds them) and the
 * language their sheets get. Valid once at least one customer is chosen. EDT only.
 */
public final class SheetLanguageForm extends FormModel {

    public static final String CUSTOMERS = "customers";
    public static final String LANGUAGE = "sheetLanguage";

    public SheetLanguageForm(List<String> chosen, SheetLanguage language, Messages messages) {
        super(messages);
        set(CUSTOMERS, List.copyOf(chosen));
        set(LANGUAGE, language);
        opened();
    }

    public void setCustomers(List<String> names) { set(CUSTOMERS, List.copyOf(names)); }
    public void setLanguage(SheetLanguage language) { set(LANGUAGE, language); }

    @SuppressWarnings("unchecked")
    public List<String> customers() {
        return (List<String>) get(CUSTOMERS);
    }

    public SheetLanguage language() {
        return (SheetLanguage) get(LANGUAGE);
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (customers().isEmpty()) {
            errors.put(CUSTOMERS, messages.get("sheetLanguage.none"));
        }
        return errors;
    }
}
