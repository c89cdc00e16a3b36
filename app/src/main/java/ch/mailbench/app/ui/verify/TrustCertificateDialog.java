package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.Widgets;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.Font;
import java.awt.Window;

/**
 * "Trust this certificate for this host?": the certificate's names, validity and SHA-256
 * fingerprint, to compare with what the provider publishes, before anything is trusted.
 * Cancel is the default. Build and show on the EDT.
 */
public final class TrustCertificateDialog {

    private final JDialog dialog;
    private boolean accepted;

    public TrustCertificateDialog(Window owner, UntrustedCertificate certificate, VerifyTexts texts) {
        dialog = new JDialog(owner, texts.get("trust.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("trustDialog");
        String host = certificate.host().unicode();
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        JLabel intro = new JLabel("<html><body style='width: 480px'>" + escape(texts.format("trust.intro", host)) + "</body></html>");
        content.add(intro, "span 2, growx, wrap para");
        row(content, texts.get("trust.host"), host, "trustHost");
        row(content, texts.get("trust.subject"), certificate.certificate().subject(), "trustSubject");
        row(content, texts.get("trust.issuer"), certificate.certificate().issuer(), "trustIssuer");
        row(content, texts.get("trust.validity"), texts.format("trust.validityValue", texts.time(certificate.certificate().notBefore()),
                texts.time(certificate.certificate().notAfter())), "trustValidity");
        JTextField fingerprint = row(content, texts.get("trust.fingerprint"), certificate.certificate().sha256Fingerprint(), "trustFingerprint");
        fingerprint.setFont(new Font(Font.MONOSPACED, Font.PLAIN, fingerprint.getFont().getSize()));
        JButton accept = Widgets.button("trustAccept", texts.format("trust.accept", host));
        accept.addActionListener(e -> {
            accepted = true;
            dialog.dispose();
        });
        JButton cancel = Widgets.button("trustCancel", texts.get("cancel"));
        cancel.addActionListener(e -> dialog.dispose());
        content.add(Widgets.buttonBar(accept, cancel), "span 2, growx, gaptop para");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(cancel);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
    }

    /** Shows the dialog (blocking) and tells whether the technician chose to trust. */
    public boolean ask() {
        dialog.setVisible(true);
        return accepted;
    }

    private static JTextField row(JPanel content, String label, String value, String name) {
        content.add(new JLabel(label));
        JTextField field = new JTextField(value);
        field.setName(name);
        field.setEditable(false);
        field.setColumns(Math.max(value.length() + 2, 20));
        field.setCaretPosition(0);
        content.add(field);
        return field;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
