package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.change.ChangePreview;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.change.ServerChange;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.VerificationService;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Change servers…" on a domain: new incoming/SMTP server and user name format, a preview of every
 * mailbox old → new (own-settings mailboxes flagged, included by choice), apply as a revertible
 * change set, then re-verify the mailboxes that changed. Build and use on the EDT.
 */
final class ChangeServersDialog {

    private static final String[] FORMATS = {"keep", "FULL_ADDRESS", "LOCAL_PART"};

    private final JDialog dialog;
    private final List<DomainName> domains;
    private final JTextField oldHost = new JTextField(28);
    private final ChangeSetService changeSets;
    private final MailboxOverview overview;
    private final VerificationService verification;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final MigrationTexts texts;
    private final Runnable changedData;
    private final ServerFields incoming;
    private final ServerFields smtp;
    private final JComboBox<String> format = new JComboBox<>();
    private final JCheckBox includeOwn;
    private final DefaultTableModel preview;
    private final JButton apply;
    private final JButton reverify;
    private final JLabel notice = new JLabel(" ");
    private List<String> changed = List.of();

    /**
     * @param domains the domains to change; empty: every domain (and own-settings mailbox) on a host the technician
     *                names in the dialog
     */
    ChangeServersDialog(Window owner, List<DomainName> domains, ChangeSetService changeSets, MailboxOverview overview,
                        VerificationService verification, TaskExecutor tasks, ErrorTexts errors, MigrationTexts texts,
                        Runnable changedData) {
        this.domains = List.copyOf(domains);
        this.changeSets = changeSets;
        this.overview = overview;
        this.verification = verification;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = texts;
        this.changedData = changedData;
        String title = domains.isEmpty() ? texts.get("change.title.host")
                : texts.format("change.title", String.join(", ", domains.stream().map(DomainName::unicode).toList()));
        dialog = new JDialog(owner, title, JDialog.ModalityType.MODELESS);
        dialog.setName("changeServersDialog");
        incoming = new ServerFields("incoming", texts);
        smtp = new ServerFields("smtp", texts);
        for (String choice : FORMATS) {
            format.addItem(texts.get("change.format." + choice));
        }
        format.setName("usernameFormat");
        includeOwn = new JCheckBox(texts.get("change.includeOwn"));
        includeOwn.setName("includeOwn");
        preview = new DefaultTableModel(new Object[] {texts.get("change.column.address"), texts.get("change.column.own"),
                texts.get("change.column.changes")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        JTable table = new JTable(preview);
        table.setName("previewTable");
        table.getColumnModel().getColumn(0).setPreferredWidth(220);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(560);
        JButton previewButton = new JButton(texts.get("change.preview"));
        previewButton.setName("previewButton");
        previewButton.addActionListener(e -> preview());
        apply = new JButton(texts.get("change.apply"));
        apply.setName("applyButton");
        apply.setEnabled(false);
        apply.addActionListener(e -> apply());
        reverify = new JButton(texts.get("change.reverify"));
        reverify.setName("reverifyChanged");
        reverify.setVisible(false);
        reverify.addActionListener(e -> reverifyChanged());
        JButton close = new JButton(texts.get("close"));
        close.setName("closeButton");
        close.addActionListener(e -> dialog.dispose());
        notice.setName("changeNotice");
        JLabel formatLabel = new JLabel(texts.get("change.format"));
        formatLabel.setLabelFor(format);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[][grow,fill][][60!][][]", "[][][][][][grow,fill][][]"));
        if (domains.isEmpty()) {
            oldHost.setName("oldHost");
            JLabel oldHostLabel = new JLabel(texts.get("change.oldHost"));
            oldHostLabel.setLabelFor(oldHost);
            content.add(oldHostLabel);
            content.add(oldHost, "wrap");
        }
        incoming.addTo(content);
        smtp.addTo(content);
        content.add(formatLabel);
        content.add(format, "wrap");
        content.add(includeOwn, "span, wrap");
        content.add(new JScrollPane(table), "span, grow, wrap");
        content.add(notice, "span, growx, wrap");
        JPanel buttons = new JPanel(new MigLayout("insets 0, hidemode 3", "[]push[sg buttons][sg buttons][sg buttons]"));
        buttons.add(reverify);
        buttons.add(previewButton);
        buttons.add(apply);
        buttons.add(close);
        content.add(buttons, "span, growx");
        dialog.setContentPane(content);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.setSize(980, 560);
        Widgets.placeOnScreen(dialog, owner);
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
    }

    /** The change the fields describe; empty (the notice names the field) when one is wrong. */
    private Optional<ServerChange> change() {
        try {
            Optional<UsernameFormat> newFormat = switch (format.getSelectedIndex()) {
                case 1 -> Optional.of(UsernameFormat.FULL_ADDRESS);
                case 2 -> Optional.of(UsernameFormat.LOCAL_PART);
                default -> Optional.empty();
            };
            return Optional.of(new ServerChange(scope(), incoming.endpoint(), smtp.endpoint(), newFormat, includeOwn.isSelected()));
        } catch (IllegalArgumentException e) {
            notice.setText(e.getMessage());
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException naming the old host field when it is wrong */
    private ServerChange.Scope scope() {
        if (!domains.isEmpty()) {
            return new ServerChange.Scope.Domains(domains);
        }
        try {
            return new ServerChange.Scope.OnHost(HostName.of(oldHost.getText().strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(texts.get("change.oldHost") + " " + e.getMessage(), e);
        }
    }

    private void preview() {
        apply.setEnabled(false);
        change().ifPresent(change -> BackgroundTask.of(monitor -> changeSets.preview(change))
                .onSuccess(this::showPreview)
                .onFailure(e -> notice.setText(errors.describe(e)))
                .executeWith(tasks));
    }

    private void showPreview(ChangePreview result) {
        preview.setRowCount(0);
        for (ChangePreview.Row row : result.rows()) {
            String fields = row.fields().stream().map(f -> texts.get("change.field." + f.field().replace(' ', '_')) + ": "
                    + value(f.oldValue()) + " → " + value(f.newValue())).collect(Collectors.joining("; "));
            String own = row.ownSettings() ? texts.get(row.included() ? "change.own.included" : "change.own.leftAlone") : "";
            preview.addRow(new Object[] {row.address(), own, row.changes() ? fields : texts.get("change.unchanged")});
        }
        notice.setText(texts.format("change.previewed", result.changing())
                + (result.leftAlone() > 0 ? " " + texts.format("change.leftAlone", result.leftAlone()) : ""));
        apply.setEnabled(result.changing() > 0);
    }

    /** A user name format's stored form ("LOCAL_PART") in words; server texts as they are. */
    private String value(String text) {
        return text.equals("FULL_ADDRESS") || text.equals("LOCAL_PART") ? texts.get("change.format." + text) : text;
    }

    private void apply() {
        apply.setEnabled(false);
        change().ifPresent(change -> BackgroundTask.of(monitor -> {
            ChangePreview before = changeSets.preview(change);
            return new Applied(changeSets.apply(change).id(),
                    before.rows().stream().filter(ChangePreview.Row::changes).map(ChangePreview.Row::address).toList());
        }).shownAs(texts.get("change.applying")).onSuccess(applied -> {
            changed = applied.addresses();
            notice.setText(texts.format("change.applied", applied.id(), changed.size()));
            reverify.setText(texts.format("change.reverify", changed.size()));
            reverify.setVisible(!changed.isEmpty());
            changedData.run();
        }).onFailure(e -> notice.setText(errors.describe(e))).executeWith(tasks));
    }

    /** Re-verifies the mailboxes the change set changed, with their new settings. */
    private void reverifyChanged() {
        reverify.setEnabled(false);
        Set<String> addresses = Set.copyOf(changed);
        BackgroundTask.of(monitor -> {
            List<Mailbox> mailboxes = overview.rows(MailboxOverview.Filter.all()).stream().map(MailboxOverview.Row::mailbox)
                    .filter(m -> addresses.contains(m.address().unicode())).toList();
            return verification.verify(mailboxes, ProbeOptions.defaults(), monitor);
        }).shownAs(texts.format("overview.reverifying", addresses.size())).onSuccess(reports -> {
            long passed = reports.stream().filter(MailboxReport::passed).count();
            notice.setText(texts.format("overview.reverified", reports.size(), passed, reports.size() - passed));
        }).onFailure(e -> notice.setText(errors.describe(e))).onFinished(() -> {
            reverify.setEnabled(true);
            changedData.run();
        })
                .keepsResultWhenCancelled().executeWith(tasks);
    }

    private record Applied(long id, List<String> addresses) {
    }

    /** Host, port and security of one server; a blank host keeps the old server. */
    private static final class ServerFields {
        private final String role;
        private final MigrationTexts texts;
        private final JTextField host = new JTextField(28);
        private final JTextField port = new JTextField(5);
        private final JComboBox<String> security = new JComboBox<>();

        ServerFields(String role, MigrationTexts texts) {
            this.role = role;
            this.texts = texts;
            host.setName(role + "Host");
            port.setName(role + "Port");
            security.setName(role + "Security");
            for (Security choice : Security.values()) {
                security.addItem(choice.label());
            }
        }

        void addTo(JPanel content) {
            JLabel label = new JLabel(texts.get("change." + role));
            label.setLabelFor(host);
            content.add(label);
            content.add(host);
            JLabel portLabel = new JLabel(texts.get("change.port"));
            portLabel.setLabelFor(port);
            content.add(portLabel);
            content.add(port);
            content.add(security, "wrap");
        }

        /** @throws IllegalArgumentException naming the field */
        Optional<Endpoint> endpoint() {
            if (host.getText().isBlank()) {
                return Optional.empty();
            }
            int number;
            try {
                number = Integer.parseInt(port.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(texts.format("change.badPort", texts.get("change." + role)), e);
            }
            try {
                return Optional.of(Endpoint.of(host.getText().strip(), number, Security.values()[security.getSelectedIndex()]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(texts.get("change." + role) + " " + e.getMessage(), e);
            }
        }
    }
}
