package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.core.model.Verification;
import net.miginfocom.swing.MigLayout;

import java.awt.Font;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.Predicate;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;

/**
 * "Test" for one mailbox: runs in the background with a progress bar and Cancel, then shows each
 * server's result, "use these settings" when the other user name format worked, "trust this
 * certificate" when one was refused, the history and the transcript of the last run. Binds to a
 * {@link MailboxTestModel}; holds no logic of its own. Build and use on the EDT.
 */
public final class MailboxTestDialog {

    private final MailboxTestModel model;
    private final VerifyTexts texts;
    private final Predicate<UntrustedCertificate> confirmTrust;
    private final JDialog dialog;
    private final JButton test = new JButton();
    private final JButton cancel = new JButton();
    private final JProgressBar progressBar = new JProgressBar();
    private final JLabel progress = new JLabel();
    private final ServerPanel incoming = new ServerPanel("incoming");
    private final ServerPanel smtp = new ServerPanel("smtp");
    private final JLabel notice = new JLabel();
    private final JButton useSettings = new JButton();
    private final JButton trust = new JButton();
    private final JButton close = new JButton();
    private final JTextArea transcriptText = new JTextArea();
    private final ListTableModel<Verification> historyRows;
    private final JLabel historyEmpty = new JLabel();

    /** @param confirmTrust shows the certificate and returns the technician's decision (the trust dialog in the console) */
    public MailboxTestDialog(Window owner, MailboxTestModel model, VerifyTexts texts, Predicate<UntrustedCertificate> confirmTrust) {
        this.model = model;
        this.texts = texts;
        this.confirmTrust = confirmTrust;
        this.historyRows = historyModel(texts);
        dialog = new JDialog(owner, texts.format(model.isTrial() ? "dialog.title.trial" : "dialog.title",
                model.mailbox().address().unicode()), JDialog.ModalityType.MODELESS);
        dialog.setName("mailboxTestDialog");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.setContentPane(content());
        dialog.getRootPane().setDefaultButton(test);
        Widgets.closeOnEscape(dialog, this::closeOrCancel);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                model.close();
            }
        });
        model.addListener(this::refresh);
        refresh();
        dialog.setSize(780, 640);
        Widgets.placeOnScreen(dialog, owner);
    }

    public JDialog dialog() {
        return dialog;
    }

    /** Shows the dialog, starts the test and loads the history. */
    public void showAndTest() {
        dialog.setVisible(true);
        model.loadHistory();
        model.start();
    }

    private JPanel content() {
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][][grow,fill][]"));
        test.setName("testButton");
        test.addActionListener(e -> model.start());
        cancel.setName("cancelButton");
        cancel.setText(texts.get("cancel"));
        cancel.addActionListener(e -> model.cancel());
        progressBar.setName("progressBar");
        progress.setName("progressText");
        JLabel address = new JLabel(model.mailbox().address().unicode());
        address.setFont(address.getFont().deriveFont(Font.BOLD, address.getFont().getSize() + 3f));
        // A long address may be cut (whole in its tooltip) rather than push Test and Cancel out of the dialog.
        address.setToolTipText(address.getText());
        content.add(address, "split 3, wmin 0");
        content.add(test, "right, sg buttons");
        content.add(cancel, "sg buttons");
        JPanel status = new JPanel(new MigLayout("insets 0, fillx", "[][grow,fill]"));
        status.add(progressBar, "w 120!, hidemode 3");
        status.add(progress, "wmin 0");
        content.add(status);

        JPanel result = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]", "[]8[]"));
        result.add(incoming.component());
        result.add(smtp.component());
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("tabs");
        JScrollPane resultScroll = new JScrollPane(result, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        tabs.addTab(texts.get("tab.result"), resultScroll);
        JTable history = new JTable(historyRows);
        history.setName("historyTable");
        history.setAutoCreateRowSorter(true);
        int[] widths = {150, 200, 190, 150, 50, 420};
        for (int column = 0; column < widths.length; column++) {
            history.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        history.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        historyEmpty.setName("historyEmpty");
        historyEmpty.setText(texts.get("history.empty"));
        JPanel historyPanel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        historyPanel.add(historyEmpty, "hidemode 3");
        historyPanel.add(new JScrollPane(history));
        tabs.addTab(texts.get("tab.history"), historyPanel);
        transcriptText.setName("transcriptText");
        transcriptText.setEditable(false);
        // The outcome and the hint at the end are sentences: wrapped, they are read without scrolling sideways.
        transcriptText.setLineWrap(true);
        transcriptText.setWrapStyleWord(true);
        transcriptText.setFont(new Font(Font.MONOSPACED, Font.PLAIN, transcriptText.getFont().getSize()));
        tabs.addTab(texts.get("tab.transcript"), new JScrollPane(transcriptText));
        content.add(tabs);

        notice.setName("notice");
        useSettings.setName("useSettings");
        useSettings.addActionListener(e -> model.useSettings());
        trust.setName("trustCertificate");
        trust.setText(texts.get("trust.button"));
        trust.addActionListener(e -> model.untrustedCertificate().filter(confirmTrust).ifPresent(model::trust));
        close.setName("closeButton");
        close.setText(texts.get("close"));
        close.addActionListener(e -> dialog.dispose());
        content.add(notice, "split 4, growx, wmin 0");
        content.add(useSettings, "hidemode 3");
        content.add(trust, "hidemode 3");
        content.add(close, "sg buttons");
        return content;
    }

    private void closeOrCancel() {
        if (model.canCancel()) {
            model.cancel();
        } else {
            dialog.dispose();
        }
    }

    private void refresh() {
        boolean running = model.state() == MailboxTestModel.State.RUNNING;
        test.setText(texts.get(model.state() == MailboxTestModel.State.READY ? "test" : "testAgain"));
        test.setEnabled(model.canStart());
        cancel.setEnabled(model.canCancel());
        progressBar.setIndeterminate(running);
        progressBar.setVisible(running);
        progress.setText(model.progress());
        List<ServerView> servers = model.servers();
        incoming.component().setVisible(!servers.isEmpty());
        smtp.component().setVisible(!servers.isEmpty());
        if (!servers.isEmpty()) {
            incoming.show(servers.get(0), texts);
            smtp.show(servers.get(1), texts);
        }
        String transcript = String.join("\n\n", servers.stream().filter(s -> !s.transcript().isEmpty())
                .map(s -> "== " + s.title() + "\n" + s.transcript()).toList());
        if (!transcript.equals(transcriptText.getText())) {
            transcriptText.setText(transcript);
            // From its first line: who said what reads left to right, top down.
            transcriptText.setCaretPosition(0);
        }
        notice.setText(model.notice());
        useSettings.setVisible(model.canUseSettings());
        useSettings.setText(model.useSettingsLabel());
        trust.setVisible(!running && model.untrustedCertificate().isPresent());
        historyRows.show(model.history());
        historyEmpty.setVisible(model.history().isEmpty());
    }

    /** Past checks, newest first. */
    private static ListTableModel<Verification> historyModel(VerifyTexts texts) {
        return new ListTableModel<>(List.of(
                Column.text(texts.get("history.when"), v -> texts.time(v.checkedAt())),
                Column.text(texts.get("history.server"), v -> v.protocol() + " " + v.endpoint().host().unicode() + ":"
                        + v.endpoint().port() + " " + v.endpoint().security().label()),
                Column.text(texts.get("history.username"), v -> v.username() + " (" + texts.usernameFormat(v.usernameFormat()) + ")"),
                Column.text(texts.get("history.result"), v -> (v.outcome().passed() ? "✔ " : "✖ ") + texts.outcomes().label(v.outcome())),
                new Column<>(texts.get("history.latency"), Long.class, Verification::latencyMillis),
                Column.text(texts.get("history.message"), Verification::message)));
    }
}
