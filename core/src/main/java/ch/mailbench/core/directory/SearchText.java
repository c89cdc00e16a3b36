package ch.mailbench.core.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for searching the way people type on the phone: without accents and case, so
 * "muller" finds "Müller" and "cafe" finds "café-martin.ch". Runs over every customer's search
 * text when the list loads, so it works character by character with a table for Latin letters
 * instead of normalising whole strings.
 */
public final class SearchText {

    /** Folded forms of U+0080 to U+024F (Latin-1 and Latin Extended-A/B), computed once. */
    private static final String[] LATIN = latinTable();

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c < 128 + LATIN.length) {
                folded.append(LATIN[c - 128]);
            } else {
                folded.append(foldOne(c));
            }
        }
        return folded.toString();
    }

    private static String[] latinTable() {
        String[] table = new String[0x250 - 128];
        for (int i = 0; i < table.length; i++) {
            table[i] = foldOne((char) (i + 128));
        }
        return table;
    }

    private static String foldOne(char c) {
        switch (c) {
            case 'ß': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            default: break;
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.COMBINING_SPACING_MARK
                        && Character.getType(cp) != Character.ENCLOSING_MARK)
                .forEach(cp -> kept.append(Character.toChars(cp)));
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
