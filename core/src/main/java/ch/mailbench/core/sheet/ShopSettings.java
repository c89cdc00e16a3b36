package ch.mailbench.core.sheet;

import ch.mailbench.core.model.SheetLanguage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The technician's own business as it appears on every sheet: name, contact lines (address,
 * phone, email, web — one per line), an optional logo (PNG or JPEG bytes), the paper size, and the
 * sheet language new customers get (empty: the language of the technician's UI).
 */
public record ShopSettings(String name, String contact, Optional<byte[]> logo, PaperSize paper,
                           Optional<SheetLanguage> sheetLanguage) {

    /** Logos are scaled down on the sheet anyway; a bigger file only bloats every PDF. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    public ShopSettings {
        name = name == null ? "" : name.strip();
        contact = contact == null ? "" : contact.strip();
        Objects.requireNonNull(logo, "logo");
        logo = logo.map(bytes -> Arrays.copyOf(bytes, bytes.length));
        logo.ifPresent(ShopSettings::checkLogo);
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sheetLanguage, "sheetLanguage");
    }

    /** Settings without a default sheet language: new customers get the UI's language. */
    public ShopSettings(String name, String contact, Optional<byte[]> logo, PaperSize paper) {
        this(name, contact, logo, paper, Optional.empty());
    }

    /** What a fresh installation prints until the technician fills in the settings. */
    public static ShopSettings empty() {
        return new ShopSettings("", "", Optional.empty(), PaperSize.A4);
    }

    @Override
    public Optional<byte[]> logo() {
        return logo.map(bytes -> Arrays.copyOf(bytes, bytes.length));
    }

    public ShopSettings withLogo(Optional<byte[]> newLogo) {
        return new ShopSettings(name, contact, newLogo, paper, sheetLanguage);
    }

    public ShopSettings withPaper(PaperSize newPaper) {
        return new ShopSettings(name, contact, logo, newPaper, sheetLanguage);
    }

    public ShopSettings withSheetLanguage(Optional<SheetLanguage> newLanguage) {
        return new ShopSettings(name, contact, logo, paper, newLanguage);
    }

    /**
     * The sheet language of a customer created now (new in the console, or a CSV row without
     * sheet_language): the shop's choice, else the language of {@code ui} when sheets speak it, else English.
     */
    public SheetLanguage languageForNewCustomers(Locale ui) {
        return sheetLanguage.orElseGet(() -> SheetLanguage.forLocale(ui));
    }

    private static void checkLogo(byte[] bytes) {
        if (bytes.length > MAX_LOGO_BYTES) {
            throw new IllegalArgumentException("The logo is larger than 1 MB; use a smaller PNG or JPEG");
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
        if (!png && !jpeg) {
            throw new IllegalArgumentException("The logo must be a PNG or JPEG image");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShopSettings s && name.equals(s.name) && contact.equals(s.contact) && paper == s.paper
                && sheetLanguage.equals(s.sheetLanguage) && logo.isPresent() == s.logo.isPresent()
                && (logo.isEmpty() || Arrays.equals(logo.get(), s.logo.get()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contact, paper, sheetLanguage, logo.map(Arrays::hashCode).orElse(0));
    }

    @Override
    public String toString() {
        return "ShopSettings[name=" + name + ", paper=" + paper + ", sheetLanguage=" + sheetLanguage.map(SheetLanguage::code).orElse("UI") + ", logo=" + logo.map(b -> b.length + " bytes").orElse("none") + "]";
    }
}
