package ch.mailbench.app.ui;

import java.util.List;
import java.util.Arrays;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.KeyStroke;
import javax.swing.RootPaneContainer;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionListener;
import java.awt.event.KeyEvent;

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

    /**
     * {@code text} broken into lines of at most {@code width} pixels in {@code metrics}' font, as HTML
     * for a label: a long sentence takes more lines, never a wider window. The breaks are measured
     * (Swing's HTML renders a CSS width some pixels wider than asked); a single word wider than
     * {@code width} keeps a line of its own.
     */
    public static String wrapped(String text, FontMetrics metrics, int width) {
        StringBuilder html = new StringBuilder("<html>");
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(longer) > width) {
                html.append(escaped(line.toString())).append("<br>");
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return html.append(escaped(line.toString())).append("</html>").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
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
        JButton button = button(name, text);
        button.addActionListener(listener);
        return button;
    }

    /** A named button for {@code text} (a "&amp;" marks its mnemonic); every feature's buttons come from here. */
    public static JButton button(String name, String text) {
        return named(new JButton(), name, text);
    }

    public static JButton button(String name, Action action) {
        JButton button = new JButton(action);
        button.setName(name);
        return button;
    }

    /** Escape in {@code dialog}, wherever the focus is, does {@code action} (close or cancel): one way for every dialog. */
    public static void closeOnEscape(RootPaneContainer dialog, Runnable action) {
        dialog.getRootPane().registerKeyboardAction(e -> action.run(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
    }

    /**
     * The one button row of a dialog: {@code aside} on the left (a hidden one keeps its cell), the
     * actions on the right, all of one width, in the order given (the default action first).
     */
    public static JPanel buttonBar(List<? extends JComponent> aside, JButton... actions) {
        StringBuilder columns = new StringBuilder();
        aside.forEach(component -> columns.append("[]"));
        columns.append("push");
        Arrays.stream(actions).forEach(action -> columns.append("[sg button, fill]"));
        JPanel bar = new JPanel(new MigLayout("insets 0, hidemode 2, fillx", columns.toString()));
        bar.setName("buttonBar");
        aside.forEach(bar::add);
        Arrays.stream(actions).forEach(bar::add);
        return bar;
    }

    public static JPanel buttonBar(JButton... actions) {
        return buttonBar(List.of(), actions);
    }

    public static JMenu menu(String name, String text) {
        return named(new JMenu(), name, text);
    }

    private static <B extends AbstractButton> B named(B button, String name, String text) {
        button.setName(name);
        applyText(button, text);
        return button;
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

    /**
     * Sizes {@code window} to at most the usable part of its screen (without panels and docks) and
     * centres it on {@code owner}, kept inside that area: on a 1280×800 or 1366×768 screen no
     * button of a dialog ends up off screen. Call instead of {@code setLocationRelativeTo}. EDT.
     */
    public static void placeOnScreen(Window window, Component owner) {
        placeWithin(window, owner, usableBounds(window));
    }

    /** As {@link #placeOnScreen}, within {@code usable} (screen coordinates). */
    public static void placeWithin(Window window, Component owner, Rectangle usable) {
        Dimension size = window.getSize();
        Dimension minimum = window.getMinimumSize();
        minimum = new Dimension(Math.min(minimum.width, usable.width), Math.min(minimum.height, usable.height));
        window.setMinimumSize(minimum);
        // The window never gets smaller than its minimum: place it at the size it will really have.
        int width = Math.min(Math.max(size.width, minimum.width), usable.width);
        int height = Math.min(Math.max(size.height, minimum.height), usable.height);
        // Centred on the owner, then moved inside the usable area; one setBounds, as a shown window's
        // peer reports every intermediate position back (and may do so after the last one).
        Rectangle around = owner != null && owner.isShowing()
                ? new Rectangle(owner.getLocationOnScreen(), owner.getSize()) : usable;
        int x = around.x + (around.width - width) / 2;
        int y = around.y + (around.height - height) / 2;
        x = Math.max(usable.x, Math.min(x, usable.x + usable.width - width));
        y = Math.max(usable.y, Math.min(y, usable.y + usable.height - height));
        window.setBounds(x, y, width, height);
    }

    /** The part of the window's screen that windows may use: its bounds without task bars and docks. */
    public static Rectangle usableBounds(Window window) {
        GraphicsConfiguration configuration = window.getGraphicsConfiguration() != null ? window.getGraphicsConfiguration()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        Rectangle bounds = configuration.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
        return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
    }
}
