package ch.mailbench.app.ui;

import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.Window;

/**
 * Help → Keyboard: every key of the main window with what it does, in the UI language (with the
 * key names of that language's keyboards: Strg, Entf). The list lives in the bundle as
 * {@code keyboard.<n>.keys} / {@code keyboard.<n>.does}, numbered from 1. EDT only.
 */
final class KeyboardHelp {

    private final Messages messages;

    KeyboardHelp(Messages messages) {
        this.messages = messages;
    }

    void show(Window owner) {
        JDialog dialog = new JDialog(owner, messages.get("keyboard.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("keyboardHelp");
        JPanel keys = new JPanel(new MigLayout("insets 0, wrap 2, gapy 4", "[right]16[grow,fill]", ""));
        int count = Integer.parseInt(messages.get("keyboard.count"));
        for (int i = 1; i <= count; i++) {
            JLabel key = Widgets.label("key" + i, messages.get("keyboard." + i + ".keys"));
            keys.add(key);
            keys.add(Widgets.label("does" + i, messages.get("keyboard." + i + ".does")));
        }
        JScrollPane scroll = new JScrollPane(keys);
        scroll.setBorder(null);
        JButton close = Widgets.button("close", messages.get("dialog.close"), e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[grow,fill][]"));
        content.add(scroll, "wrap");
        content.add(Widgets.buttonBar(close), "growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
        dialog.setVisible(true);
    }
}
