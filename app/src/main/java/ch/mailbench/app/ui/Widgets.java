package ch.mailbench.app.ui;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import java.awt.Font;
import java.awt.event.ActionListener;

/**
 * Small factories that give every component a stable name (GUI tests find components by it)
 * and read mnemonics from the bundle text: "&amp;File" shows "File" with F underlined.
 */
public final class Widgets {

    private Widgets() {
    }

    public static JLabel label(String name, String text) {
        JLabel label = new JLabel();
        label.setName(name);
        Mnemonic mnemonic = Mnemonic.of(text);
        label.setText(mnemonic.text());
        if (mnemonic.index() >= 0) {
            label.setDisplayedMnemonic(mnemonic.key());
            label.setDisplayedMnemonicIndex(mnemonic.index());
        }
        return label;
    }

    /** A label for {@code field}: its mnemonic focuses the field. */
    public static JLabel labelFor(JComponent field, String text) {
        JLabel label = label(field.getName() + "Label", text);
        label.setLabelFor(field);
        return label;
    }

    public static JLabel heading(String name, String text) {
        JLabel label = label(name, text);
        label.putClientProperty("FlatLaf.styleClass", "h3");
        return label;
    }

    public static JButton button(String name, String text, ActionListener listener) {
        JButton button = new JButton();
        button.setName(name);
        applyText(button, text);
        button.addActionListener(listener);
        return button;
    }

    public static JButton button(String name, Action action) {
        JButton button = new JButton(action);
        button.setName(name);
        return button;
    }

    public static JMenu menu(String name, String text) {
        JMenu menu = new JMenu();
        menu.setName(name);
        applyText(menu, text);
        return menu;
    }

    public static void applyText(AbstractButton button, String text) {
        Mnemonic mnemonic = Mnemonic.of(text);
        button.setText(mnemonic.text());
        if (mnemonic.index() >= 0) {
            button.setMnemonic(mnemonic.key());
            button.setDisplayedMnemonicIndex(mnemonic.index());
        }
    }

    public static void smaller(JComponent component) {
        Font font = component.getFont();
        component.setFont(font.deriveFont(font.getSize2D() - 1f));
    }
}
