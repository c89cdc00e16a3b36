package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.FormDialog;

import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import java.awt.Window;

/** Tools → DNS server…: the resolver discovery and connection tests ask, validated as typed. */
final class DnsServerDialog extends FormDialog<DnsServerForm> {

    /** @param messages the console's own texts (OK, Cancel, errors) */
    DnsServerDialog(Window owner, DnsServerForm form, Messages messages, DiscoveryTexts texts, Saver<DnsServerForm> saver) {
        super(owner, "dnsServerDialog", texts.get("dns.title"), form, messages, saver);
        JTextField server = binder.text(DnsServerForm.SERVER, form::setServer, 22);
        server.putClientProperty("JTextField.placeholderText", texts.get("dns.placeholder"));
        row(texts.get("dns.server"), server, DnsServerForm.SERVER);
        JLabel hint = Widgets.label("dnsHint", "<html><div style='width:360px'>" + texts.get("dns.hint") + "</div></html>");
        Widgets.smaller(hint);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        rows.add(hint, "skip 1");
    }
}
