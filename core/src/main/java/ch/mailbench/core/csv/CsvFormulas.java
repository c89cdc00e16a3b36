package ch.mailbench.core.csv;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV injection, OWASP): a cell that
 * starts with {@code = + - @}, tab or carriage return is exported with a leading apostrophe, which
 * Excel and LibreOffice show as text. Import removes that apostrophe again, so export → import
 * gives back the same values. A value that itself starts with apostrophes before such a character
 * gets one more, so the mapping stays reversible.
 */
final class CsvFormulas {

    private CsvFormulas() {
    }

    static String neutralize(String value) {
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    static String restore(String cell) {
        return cell.startsWith("'") && startsLikeAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** A formula character first, possibly behind apostrophes that an earlier export added. */
    private static boolean startsLikeAFormula(String value) {
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        if (first == value.length()) {
            return false;
        }
        char c = value.charAt(first);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
