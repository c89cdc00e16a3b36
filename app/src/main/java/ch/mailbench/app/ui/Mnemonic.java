package ch.mailbench.app.ui;

import java.awt.event.KeyEvent;

/** A bundle text with its mnemonic marked by "&amp;" ("&amp;&amp;" is a literal ampersand). */
public record Mnemonic(String text, int index) {

    public static Mnemonic of(String marked) {
        StringBuilder text = new StringBuilder();
        int index = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '&' && i + 1 < marked.length()) {
                i++;
                char next = marked.charAt(i);
                if (next != '&' && index < 0) {
                    index = text.length();
                }
                text.append(next);
            } else {
                text.append(c);
            }
        }
        return new Mnemonic(text.toString(), index);
    }

    /** The key code that triggers the mnemonic. */
    public int key() {
        return KeyEvent.getExtendedKeyCodeForChar(text.charAt(index));
    }
}
