package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.DiscoveryListener;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryResult;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.Source;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.model.EmailAddress;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Find settings…": runs discovery for an address in the background with live progress per
 * source, shows the ranked candidates with their evidence, and hands the chosen ones to the form
 * with "Use these settings" (it never saves anything itself). Closing the window stops the run.
 */
final class FindSettingsDialog {

    private final DiscoveryService discovery;
    private final Supplier<DiscoveryOptions> options;
    private final TaskExecutor tasks;
    private final DiscoveryTexts texts;
    private final ErrorTexts errors;
    private final Consumer<FoundSettings> use;
    private final FindSettingsModel model = new FindSettingsModel();
    private final JDialog dialog;
    private final JTextField address = new JTextField(26);
    private final JPasswordField password = new JPasswordField(18);
    private final JLabel addressError = new JLabel();
    private final Map<Source, JLabel> sourceLabels = new EnumMap<>(Source.class);
    private final ListTableModel<Candidate> rows;
    private final JTable table;
    private final JTextArea evidence = new JTextArea(5, 60);
    private final JLabel outcome = new JLabel(" ");
    private final JButton find;
    private final JButton stop;
    private final JButton useButton;
    private Optional<RunningTask> running = Optional.empty();

    FindSettingsDialog(Window owner, String start, DiscoveryService discovery, Supplier<DiscoveryOptions> options, TaskExecutor tasks,
                       DiscoveryTexts texts, ErrorTexts errors, Consumer<FoundSettings> use) {
        this.discovery = discovery;
        this.options = options;
        this.tasks = tasks;
        this.texts = texts;
        this.errors = errors;
        this.use = use;
        dialog = new JDialog(owner, texts.get("find.title"), JDialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName("findSettingsDialog");
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });

        address.setName("findAddress");
        address.setText(start);
        password.setName("findPassword");
        addressError.setName("findAddressError");
        addressError.setForeground(UIManager.getColor("Actions.Red"));
        Widgets.smaller(addressError);
        addressError.setVisible(false);
        JLabel passwordHint = Widgets.label("findPasswordHint", texts.get("find.password.hint"));
        Widgets.smaller(passwordHint);
        passwordHint.setForeground(UIManager.getColor("Label.disabledForeground"));

        JPanel sources = new JPanel(new MigLayout("insets 0, wrap 2, gapy 2", "[][grow,fill]", ""));
        for (Source source : Source.values()) {
            JLabel name = new JLabel(texts.get("source." + source.name()));
            JLabel state = Widgets.label("source" + source.name(), texts.get("state.WAITING"));
            sourceLabels.put(source, state);
            sources.add(name);
            // A long summary is cut (its whole text in the tooltip) instead of widening the window mid-run.
            sources.add(state, "wmin 0");
        }

        rows = new ListTableModel<>(List.of(
                Column.text(texts.get("col.chosen"), c -> model.isChosen(c) ? "✔" : ""),
                Column.text(texts.get("col.role"), texts::role),
                Column.text(texts.get("col.server"), c -> c.endpoint().host().unicode() + ":" + c.endpoint().port()),
                Column.text(texts.get("col.security"), c -> texts.get("security." + c.endpoint().security().name())),
                Column.text(texts.get("col.username"), c -> texts.usernameFormat(c.usernameFormat())),
                Column.text(texts.get("col.source"), c -> texts.get("source." + c.source().name())),
                Column.text(texts.get("col.certificate"), c -> texts.get("cert." + c.certificate().name())),
                Column.text(texts.get("col.login"), this::login)));
        table = new JTable(rows);
        table.setName("candidateTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setMaxWidth(28);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showEvidence();
            }
        });
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(820, 170));
        evidence.setName("evidence");
        evidence.setEditable(false);
        evidence.setLineWrap(true);
        evidence.setWrapStyleWord(true);
        outcome.setName("findOutcome");

        find = Widgets.button("find", texts.get("find.start"), e -> start());
        stop = Widgets.button("stopFinding", texts.get("find.stop"), e -> running.ifPresent(RunningTask::cancel));
        JButton choose = Widgets.button("chooseCandidate", texts.get("find.choose"), e -> chooseSelected());
        useButton = Widgets.button("useSettings", texts.get("find.use"), e -> useSettings());
        JButton closeButton = Widgets.button("close", texts.get("find.close"), e -> close());

        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 2, hidemode 3", "[right][grow,fill]", "[][][][][][][grow,fill][][]"));
        content.add(Widgets.labelFor(address, texts.get("find.address")));
        JPanel addressRow = new JPanel(new MigLayout("insets 0", "[grow,fill][][]", "[]"));
        addressRow.add(address);
        addressRow.add(find, "sg run");
        addressRow.add(stop, "sg run");
        content.add(addressRow);
        content.add(addressError, "skip 1");
        content.add(Widgets.labelFor(password, texts.get("find.password")));
        content.add(password, "growx 0");
        content.add(passwordHint, "skip 1");
        content.add(Widgets.heading("sourcesHeading", texts.get("find.sources")), "span 2, alignx left, gaptop 8");
        content.add(sources, "span 2, growx");
        content.add(tableScroll, "span 2, grow, gaptop 8");
        content.add(outcome, "span 2, alignx left, wmin 0");
        content.add(new JScrollPane(evidence), "span 2, growx");
        content.add(Widgets.buttonBar(List.of(choose), useButton, closeButton), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(find);
        Widgets.closeOnEscape(dialog, this::close);

        model.onChange(this::refresh);
        refresh();
    }

    /** Shows the window; starts at once when the address is complete. EDT; returns when it is closed. */
    void show() {
        dialog.pack();
        Widgets.placeOnScreen(dialog, dialog.getOwner());
        if (parse().isPresent()) {
            SwingUtilities.invokeLater(this::start);
        }
        dialog.setVisible(true);
    }

    private Optional<EmailAddress> parse() {
        try {
            return Optional.of(EmailAddress.parse(address.getText().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void start() {
        if (model.running()) {
            return;
        }
        Optional<EmailAddress> parsed = parse();
        addressError.setText(texts.get("error.address"));
        addressError.setVisible(parsed.isEmpty());
        if (parsed.isEmpty()) {
            address.requestFocusInWindow();
            return;
        }
        char[] secret = password.getPassword();
        Optional<char[]> given = secret.length == 0 ? Optional.empty() : Optional.of(secret);
        DiscoveryListener listener = new DiscoveryListener() {
            @Override
            public void sourceStarted(Source source) {
                SwingUtilities.invokeLater(() -> model.sourceStarted(source));
            }

            @Override
            public void sourceFinished(SourceReport report) {
                SwingUtilities.invokeLater(() -> model.sourceFinished(report));
            }
        };
        model.started();
        outcome.setText(texts.format("find.searching", parsed.get().unicode()));
        String title = texts.format("find.searching", parsed.get().unicode());
        running = Optional.of(BackgroundTask.of(monitor -> discovery.discover(parsed.get(), given, options.get(),
                        new InOwnWords(monitor, title), listener))
                .titled(title)
                .onFinished(() -> {
                    Arrays.fill(secret, '\0');
                    running = Optional.empty();
                })
                .onSuccess(this::finished)
                .onCancelled(() -> {
                    model.stopped();
                    outcome.setText(texts.get("find.stopped"));
                })
                .onFailure(e -> {
                    model.stopped();
                    outcome.setText(errors.describe(e));
                })
                .executeWith(tasks));
        refresh();
    }

    private void finished(DiscoveryResult result) {
        model.finished(result);
        if (model.exchange().isPresent()) {
            outcome.setText(texts.format("find.exchange", model.exchange().get().server().unicode()));
        } else if (model.settings().isEmpty()) {
            outcome.setText(texts.format("find.none", result.address().unicode()));
        } else {
            outcome.setText(texts.get(result.passwordTried() && !result.found() ? "find.notConfirmed" : "find.found"));
        }
        if (!model.candidates().isEmpty()) {
            table.getSelectionModel().setSelectionInterval(0, 0);
        }
        useButton.requestFocusInWindow();
        dialog.getRootPane().setDefaultButton(useButton);
    }

    private void chooseSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            model.choose(rows.rowAt(table.convertRowIndexToModel(row)));
        }
    }

    private void useSettings() {
        model.settings().ifPresent(found -> {
            close();
            use.accept(found);
        });
    }

    private void close() {
        running.ifPresent(RunningTask::cancel);
        dialog.dispose();
    }

    private String login(Candidate candidate) {
        return candidate.confirmation().map(c -> c.passed() ? texts.format("login.ok", texts.usernameFormat(c.usernameFormat()))
                : texts.get("login.failed")).orElse(candidate.modernAuthRequired() ? texts.get("login.modern") : "");
    }

    private void showEvidence() {
        int row = table.getSelectedRow();
        if (row < 0) {
            evidence.setText("");
            return;
        }
        Candidate candidate = rows.rowAt(table.convertRowIndexToModel(row));
        StringBuilder text = new StringBuilder();
        candidate.evidence().forEach(fact -> text.append("• ").append(texts.sentence(fact)).append('\n'));
        // A login's explanation says why in the console's language (a refusal at a modern-auth provider says so itself).
        candidate.confirmation().filter(c -> !c.passed()).ifPresent(c -> text.append("• ").append(texts.explanation(c)).append('\n'));
        if (candidate.modernAuthRequired() && candidate.confirmation().isEmpty()) {
            text.append("• ").append(texts.get("find.modernAuth")).append('\n');
        }
        evidence.setText(text.toString().strip());
        evidence.setCaretPosition(0);
    }

    private void refresh() {
        for (FindSettingsModel.SourceLine line : model.sources()) {
            JLabel label = sourceLabels.get(line.source());
            label.setText(line.report().map(this::state).orElse(texts.get(line.running() ? "state.RUNNING" : "state.WAITING")));
            label.setToolTipText(line.report().map(this::state).orElse(null));
        }
        int selected = table.getSelectedRow();
        List<Candidate> candidates = model.candidates();
        if (!candidates.equals(currentRows())) {
            rows.show(candidates);
        } else if (!candidates.isEmpty()) {
            rows.fireTableRowsUpdated(0, candidates.size() - 1);
            if (selected >= 0 && selected < candidates.size()) {
                table.getSelectionModel().setSelectionInterval(selected, selected);
            }
        }
        find.setVisible(!model.running());
        stop.setVisible(model.running());
        address.setEnabled(!model.running());
        password.setEnabled(!model.running());
        useButton.setEnabled(!model.running() && model.settings().isPresent());
    }

    private List<Candidate> currentRows() {
        return java.util.stream.IntStream.range(0, rows.getRowCount()).mapToObj(rows::rowAt).toList();
    }

    private String state(SourceReport report) {
        return texts.format("state." + report.state().name(), texts.summary(report), report.millis());
    }

    /**
     * The status bar's view of a run, in the console's language: core names its steps in English, and
     * this window shows each source's state itself, so only the title and the progress pass.
     */
    private record InOwnWords(ProgressMonitor monitor, String title) implements ProgressMonitor {
        @Override public void begin(String task, int totalUnits) { monitor.begin(title, totalUnits); }
        @Override public void worked(int units) { monitor.worked(units); }
        @Override public void subTask(String description) { }
        @Override public boolean isCancelled() { return monitor.isCancelled(); }
        @Override public void done() { monitor.done(); }
    }
}
