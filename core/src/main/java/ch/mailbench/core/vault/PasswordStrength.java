package ch.mailbench.core.vault;

import java.util.BitSet;
import java.util.Set;

/**
 * A rough strength hint for a new master password, from its length and the kinds of characters it
 * mixes (lower case, upper case, digits, symbols, other letters); well-known passwords and
 * repetitions are weak whatever their length. A hint, not a gate: only the minimum length is enforced.
 */
public enum PasswordStrength {
    TOO_SHORT, WEAK, FAIR, GOOD, STRONG;

    private static final Set<String> NOTORIOUS = Set.of("password", "passwort", "motdepasse", "mailbench", "12345678",
            "123456789", "1234567890", "qwertyui", "qwertzui", "azertyui", "iloveyou", "sunshine", "letmein1", "password1");

    public static PasswordStrength of(char[] password) {
        if (password.length < Vault.MINIMUM_MASTER_PASSWORD_LENGTH) {
            return TOO_SHORT;
        }
        if (NOTORIOUS.stream().anyMatch(known -> equalsIgnoreCase(password, known)) || distinct(password) <= 3) {
            return WEAK;
        }
        int length = password.length;
        int kinds = kindsOfCharacters(password);
        if (length >= 20 || (length >= 14 && kinds >= 3)) {
            return STRONG;
        }
        if (length >= 14 || (length >= 12 && kinds >= 2)) {
            return GOOD;
        }
        return length >= 10 && kinds >= 2 ? FAIR : WEAK;
    }

    private static int kindsOfCharacters(char[] password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (char c : password) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                symbol = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0) + (other ? 1 : 0);
    }

    // Both without building a String, which could not be cleared.
    private static int distinct(char[] password) {
        BitSet seen = new BitSet();
        for (char c : password) {
            seen.set(c);
        }
        return seen.cardinality();
    }

    private static boolean equalsIgnoreCase(char[] password, String known) {
        if (password.length != known.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
