package ch.mailbench.app.ui.verify;

import net.miginfocom.swing.MigLayout;

import java.awt.Font;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;

/** One server's result: title, where, pass or fail in colour and words, explanation, hint, user name, certificate. */
final class ServerPanel {


    private final JPanel panel = new JPanel(new MigLayout("insets 8, wrap 1, fillx, hidemode 3", "[grow,fill]"));
    private final JLabel title = new JLabel();
    private final JLabel endpoint = new JLabel();
    private final JLabel status = new JLabel();
    private final JLabel explanation = new JLabel();
    private final JLabel hint = new JLabel();
    private final JLabel username = new JLabel();
    private final JLabel certificate = new JLabel();
    private final JTextField fingerprint = new JTextField();

    ServerPanel(String name) {
        panel.setName(name + "Panel");
        panel.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        title.setName(name + "Title");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        endpoint.setName(name + "Endpoint");
        status.setName(name + "Status");
        status.setFont(status.getFont().deriveFont(Font.BOLD));
        explanation.setName(name + "Explanation");
        hint.setName(name + "Hint");
        username.setName(name + "Username");
        certificate.setName(name + "Certificate");
        fingerprint.setName(name + "Fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setBorder(BorderFactory.createEmptyBorder());
        fingerprint.setOpaque(false);
        fingerprint.setFont(new Font(Font.MONOSPACED, Font.PLAIN, fingerprint.getFont().getSize() - 1));
        panel.add(title, "split 2, growx");
        panel.add(status, "right");
        panel.add(endpoint);
        panel.add(explanation, "wmin 0");
        panel.add(hint, "wmin 0");
        panel.add(username, "wmin 0");
        panel.add(certificate, "wmin 0");
        panel.add(fingerprint);
    }

    JPanel component() {
        return panel;
    }

    void show(ServerView view, VerifyTexts texts) {
        title.setText(view.title());
        endpoint.setText(view.endpoint());
        status.setText(view.status());
        status.setForeground(UIManager.getColor(view.passed() ? "Actions.Green" : "Actions.Red"));
        explanation.setText(wrap(view.explanation()));
        hint.setText(view.hint().isEmpty() ? "" : wrap("→ " + view.hint()));
        username.setText(wrap(view.username()));
        certificate.setText(wrap(view.certificate()));
        fingerprint.setText(view.fingerprint().isEmpty() ? "" : texts.format("fingerprint", view.fingerprint()));
        for (JComponent component : new JComponent[] {explanation, hint, username, certificate, fingerprint}) {
            component.setVisible(!(component instanceof JLabel label ? label.getText() : ((JTextField) component).getText()).isEmpty());
        }
    }

    private static String wrap(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><body style='width: 560px'>" + escaped + "</body></html>";
    }
}
