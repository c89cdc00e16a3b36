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

    /** The sheet language of {@code locale}'s language; English when sheets do not exist in it. */
    public static SheetLanguage forLocale(Locale locale) {
        for (SheetLanguage language : values()) {
            if (language.code().equals(locale.getLanguage())) {
                return language;
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
