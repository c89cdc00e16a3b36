package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.TrustedCertificateRepository;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.Window;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The certificates accepted per host, each revocable. Loads and revokes in the background. Build on the EDT. */
public final class TrustedCertificatesDialog {

    private final JDialog dialog;
    private final TrustedCertificateRepository repository;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final Clock clock;
    private final ListTableModel<TrustedCertificate> rows;
    private final JTable table;
    private final JLabel empty = new JLabel();

    public TrustedCertificatesDialog(Window owner, TrustedCertificateRepository repository, TaskExecutor tasks,
                                     ErrorTexts errors, VerifyTexts texts, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        this.rows = rows(texts);
        dialog = new JDialog(owner, texts.get("trusted.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("trustedCertificatesDialog");
        table = new JTable(rows);
        table.setName("trustedTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        empty.setName("trustedEmpty");
        empty.setText(texts.get("trusted.empty"));
        JButton revoke = Widgets.button("revokeButton", texts.get("trusted.revoke"));
        revoke.setEnabled(false);
        table.getSelectionModel().addListSelectionListener(e -> revoke.setEnabled(table.getSelectedRow() >= 0));
        revoke.addActionListener(e -> revokeSelected());
        JButton close = Widgets.button("closeButton", texts.get("close"));
        close.addActionListener(e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][][grow,fill][]"));
        content.add(new JLabel(texts.get("trusted.intro")));
        content.add(empty, "hidemode 3");
        content.add(new JScrollPane(table));
        content.add(Widgets.buttonBar(revoke, close), "growx");
        dialog.setContentPane(content);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.setSize(900, 360);
        Widgets.placeOnScreen(dialog, owner);
    }

    public JDialog dialog() {
        return dialog;
    }

    public void show() {
        dialog.setVisible(true);
        reload();
    }

    private void reload() {
        BackgroundTask.of(monitor -> repository.allActive()).onSuccess(loaded -> {
            rows.show(loaded);
            empty.setVisible(loaded.isEmpty());
        }).onFailure(this::showFailure).executeWith(tasks);
    }

    private void revokeSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        TrustedCertificate certificate = rows.rowAt(table.convertRowIndexToModel(row));
        Instant now = clock.instant();
        BackgroundTask.of(monitor -> {
            repository.revoke(certificate.id(), now);
            return certificate;
        }).onSuccess(revoked -> reload()).onFailure(this::showFailure).executeWith(tasks);
    }

    private void showFailure(Exception failure) {
        empty.setText(errors.describe(failure));
        empty.setVisible(true);
    }

    private static ListTableModel<TrustedCertificate> rows(VerifyTexts texts) {
        return new ListTableModel<>(List.of(
                Column.text(texts.get("trusted.host"), c -> c.host().unicode()),
                Column.text(texts.get("trusted.subject"), c -> c.certificate().subject()),
                Column.text(texts.get("trusted.validUntil"), c -> texts.time(c.certificate().notAfter())),
                Column.text(texts.get("trusted.fingerprint"), TrustedCertificate::fingerprint),
                Column.text(texts.get("trusted.accepted"), c -> texts.time(c.acceptedAt()))));
    }
}
