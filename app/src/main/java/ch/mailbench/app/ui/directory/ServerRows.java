package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.dialog.Binder;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.directory.ServerSettingsForm;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import net.miginfocom.swing.MigLayout;

import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import java.util.List;

/**
 * The server rows shared by the domain and mailbox dialogs: type, incoming and outgoing
 * server as host / port / security, SMTP login and user name format. An Exchange mailbox shows
 * only its server name and a note that devices set it up by account.
 */
final class ServerRows {

    private ServerRows() {
    }

    /** @param find opens "Find settings…" (when the discovery feature is installed), shown as a button above the servers */
    static void add(FormDialog<? extends ServerSettingsForm> dialog, ServerSettingsForm form, Messages messages,
                    java.util.Optional<Runnable> find) {
        Binder binder = dialog.binder();
        find.ifPresent(action -> dialog.rows().add(Widgets.button("findSettings", messages.get("server.find"), e -> action.run()),
                "skip 1, growx 0, gaptop 6"));
        JComboBox<MailboxType> type = binder.combo(ServerSettingsForm.TYPE, List.of(MailboxType.values()), form::setType,
                t -> messages.get("type." + t.name()));
        binder.enabledWhen(type, form::serversEditable);
        dialog.row(messages.get("server.type"), type, null);

        JPanel incoming = endpoint(binder, form, messages, ServerSettingsForm.INCOMING_HOST, ServerSettingsForm.INCOMING_PORT,
                ServerSettingsForm.INCOMING_SECURITY, form::setIncomingHost, form::setIncomingPort, form::setIncomingSecurity);
        JLabel incomingLabel = visibleRow(dialog, messages.get("server.incoming"), incoming, () -> !form.isExchange());

        JTextField exchange = binder.text(ServerSettingsForm.INCOMING_HOST, form::setIncomingHost, 24);
        exchange.setName("exchangeServer");
        binder.enabledWhen(exchange, form::serversEditable);
        JLabel exchangeLabel = visibleRow(dialog, messages.get("server.exchange"), exchange, form::isExchange);
        JLabel exchangeNote = Widgets.label("exchangeNote", messages.get("server.exchange.note"));
        Widgets.smaller(exchangeNote);
        exchangeNote.setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
        dialog.rows().add(exchangeNote, "skip 1");
        binder.visibleWhen(exchangeNote, form::isExchange);

        JPanel outgoing = endpoint(binder, form, messages, ServerSettingsForm.OUTGOING_HOST, ServerSettingsForm.OUTGOING_PORT,
                ServerSettingsForm.OUTGOING_SECURITY, form::setOutgoingHost, form::setOutgoingPort, form::setOutgoingSecurity);
        visibleRow(dialog, messages.get("server.outgoing"), outgoing, () -> !form.isExchange());
        JComponent smtpAuth = binder.check(ServerSettingsForm.SMTP_AUTH, messages.get("server.smtpAuth"), form::setSmtpAuth);
        binder.enabledWhen(smtpAuth, form::serversEditable);
        binder.visibleWhen(smtpAuth, () -> !form.isExchange());
        dialog.rows().add(smtpAuth, "skip 1");

        JComboBox<UsernameFormat.Kind> kind = binder.combo(ServerSettingsForm.USERNAME_KIND, List.of(UsernameFormat.Kind.values()),
                form::setUsernameKind, k -> messages.get("username." + k.name()));
        JTextField custom = binder.text(ServerSettingsForm.CUSTOM_USERNAME, form::setCustomUsername, 14);
        binder.visibleWhen(custom, () -> form.usernameKind() == UsernameFormat.Kind.CUSTOM);
        JPanel username = new JPanel(new MigLayout("insets 0, hidemode 3", "[][grow,fill]", "[]"));
        username.add(kind);
        username.add(custom);
        dialog.row(messages.get("server.username"), username, ServerSettingsForm.CUSTOM_USERNAME);
        kind.getAccessibleContext().setAccessibleName(messages.get("server.username"));
        incomingLabel.setLabelFor(incoming.getComponent(0));
        exchangeLabel.setLabelFor(exchange);
    }

    private static JPanel endpoint(Binder binder, ServerSettingsForm form, Messages messages, String hostProperty,
                                   String portProperty, String securityProperty,
                                   java.util.function.Consumer<String> host, java.util.function.Consumer<String> port,
                                   java.util.function.Consumer<Security> security) {
        JTextField hostField = binder.text(hostProperty, host, 20);
        JTextField portField = binder.text(portProperty, port, 5);
        JComboBox<Security> securityBox = binder.combo(securityProperty, List.of(Security.values()), security,
                s -> messages.get("security." + s.name()));
        hostField.putClientProperty("JTextField.placeholderText", messages.get("server.host.placeholder"));
        portField.getAccessibleContext().setAccessibleName(messages.get("server.port"));
        securityBox.getAccessibleContext().setAccessibleName(messages.get("server.security"));
        for (JComponent field : List.of(hostField, portField, securityBox)) {
            binder.enabledWhen(field, form::serversEditable);
        }
        JPanel panel = new JPanel(new MigLayout("insets 0, hidemode 3", "[grow,fill]4[70!]4[]", "[]0[]"));
        panel.add(hostField);
        panel.add(portField);
        panel.add(securityBox, "wrap");
        panel.add(binder.error(hostProperty), Binder.ERROR_CELL);
        panel.add(binder.error(portProperty), "span 2, " + Binder.ERROR_CELL);
        return panel;
    }

    private static JLabel visibleRow(FormDialog<?> dialog, String text, JComponent field, java.util.function.BooleanSupplier visible) {
        JLabel label = Widgets.labelFor(field, text);
        dialog.rows().add(label);
        dialog.rows().add(field);
        dialog.binder().visibleWhen(label, visible);
        dialog.binder().visibleWhen(field, visible);
        return label;
    }
}
