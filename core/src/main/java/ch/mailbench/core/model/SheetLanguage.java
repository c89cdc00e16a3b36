package ch.mailbench.core.model;

import java.util.Locale;

/** The language a customer's setup sheets are printed in. */
public enum SheetLanguage {
    FR, DE, EN, IT;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The default for new and imported customers: the language of {@code locale} (the user
     * interface's) when sheets are printed in it, else English. fr_CH, de_CH and it_CH count.
     */
    public static SheetLanguage forLocale(Locale locale) {
        String language = locale.getLanguage();
        for (SheetLanguage candidate : values()) {
            if (candidate.code().equals(language)) {
                return candidate;
            }
        }
        return EN;
    }

    public static SheetLanguage fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("The sheet language is empty");
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The sheet language must be one of fr, de, en, it", e);
        }
    }
}
