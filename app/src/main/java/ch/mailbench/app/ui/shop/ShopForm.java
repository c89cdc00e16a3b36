package ch.mailbench.app.ui.shop;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The technician's shop as every sheet shows it: name, contact lines, logo and paper size; and the
 * sheet language new customers get. A chosen
 * file that is no PNG or JPEG, or too large, is refused with its name on the logo row, and the
 * current logo stays. EDT only.
 */
public final class ShopForm extends FormModel {

    public static final String NAME = "shopName";
    public static final String CONTACT = "shopContact";
    public static final String LOGO = "shopLogo";
    public static final String PAPER = "paper";
    /** The sheet language new customers get: a {@link SheetLanguage}, or {@link #UI_LANGUAGE}. */
    public static final String SHEET_LANGUAGE = "sheetLanguage";
    /** The choice "the language of the technician's interface": no shop-wide sheet language. */
    public static final String UI_LANGUAGE = "ui";
    /** Why the last chosen logo file was refused; empty when none was. */
    public static final String LOGO_PROBLEM = "logoProblem";

    public ShopForm(ShopSettings settings, ShopMessages messages) {
        super(messages);
        set(NAME, settings.name());
        set(CONTACT, settings.contact());
        set(LOGO, new Logo(settings.logo()));
        set(PAPER, settings.paper());
        set(SHEET_LANGUAGE, settings.sheetLanguage().<Object>map(language -> language).orElse(UI_LANGUAGE));
        set(LOGO_PROBLEM, "");
        opened();
    }

    public void setName(String name) { set(NAME, name); }
    public void setContact(String contact) { set(CONTACT, contact); }
    public void setPaper(PaperSize paper) { set(PAPER, paper); }
    /** @param language a {@link SheetLanguage}, or {@link #UI_LANGUAGE} */
    public void setSheetLanguage(Object language) { set(SHEET_LANGUAGE, language); }

    /** The choices of the sheet-language row: the UI's language first, then every sheet language. */
    public static List<Object> sheetLanguageChoices() {
        List<Object> choices = new ArrayList<>();
        choices.add(UI_LANGUAGE);
        choices.addAll(List.of(SheetLanguage.values()));
        return choices;
    }

    /** The bytes of a chosen logo file; refused ones leave the current logo and say why. */
    public void chooseLogo(byte[] bytes, String fileName) {
        try {
            ShopSettings.empty().withLogo(Optional.of(bytes));
            set(LOGO, new Logo(Optional.of(bytes)));
            set(LOGO_PROBLEM, "");
        } catch (IllegalArgumentException e) {
            set(LOGO_PROBLEM, messages.format("error.logo", fileName));
        }
    }

    public void removeLogo() {
        set(LOGO, new Logo(Optional.empty()));
        set(LOGO_PROBLEM, "");
    }

    public Optional<byte[]> logo() {
        return ((Logo) get(LOGO)).bytes();
    }

    public ShopSettings toSettings() {
        Object language = get(SHEET_LANGUAGE);
        return new ShopSettings(text(NAME), text(CONTACT), logo(), (PaperSize) get(PAPER),
                language instanceof SheetLanguage chosen ? Optional.of(chosen) : Optional.empty());
    }

    /** Why the last chosen file was not taken as the logo; empty when it was (or none was chosen). */
    public String logoProblem() {
        return text(LOGO_PROBLEM);
    }

    /** Every value is acceptable: a refused logo file never replaced the current logo. */
    @Override
    protected Map<String, String> validate() {
        return new LinkedHashMap<>();
    }

    /** Logo bytes compared by content, so choosing the same file again is no change. */
    private record Logo(Optional<byte[]> bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Logo l && bytes.isPresent() == l.bytes.isPresent()
                    && (bytes.isEmpty() || java.util.Arrays.equals(bytes.get(), l.bytes.get()));
        }

        @Override
        public int hashCode() {
            return bytes.map(java.util.Arrays::hashCode).orElse(0);
        }
    }
}
