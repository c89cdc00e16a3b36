package ch.mailbench.core.vault;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * How a master password becomes the characters a key is derived from: Unicode NFC, so that "ä"
 * typed as one code point (most keyboards) and as "a" + combining diaeresis (some input methods,
 * files written on macOS) open the same vault. A password holding U+FFFD was not decoded
 * losslessly (a non-UTF-8 locale turns every non-ASCII character into it) and never becomes a key:
 * different passwords would derive the same one.
 */
final class MasterPasswordText {

    static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private MasterPasswordText() {
    }

    /** A new array in NFC; the caller clears it (and still owns {@code password}). */
    static char[] normalized(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            return password.clone();
        }
        // Normalizer only returns Strings: this one copy lives until collected, as with every String password.
        return Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
    }

    static boolean isNormalized(char[] password) {
        return Normalizer.isNormalized(CharBuffer.wrap(password), Normalizer.Form.NFC);
    }

    static void requireLosslesslyDecoded(char[] password) {
        for (char c : password) {
            if (c == REPLACEMENT_CHARACTER) {
                throw new IllegalArgumentException("The master password contains U+FFFD, the mark of a character that could not be"
                        + " decoded; it is refused so that different passwords never derive the same key");
            }
        }
    }

    static void clear(char[] password) {
        Arrays.fill(password, '\0');
    }
}
