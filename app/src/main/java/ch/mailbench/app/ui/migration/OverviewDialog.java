package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.browse.StatusCells;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.sheet.TableReport;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.TableRowSorter;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "What is broken or unproven, and where?": every mailbox across customers, filtered by status
 * (with counts) and by text that also matches server hosts and providers. "Re-verify" tests the
 * selected rows or all rows the filter shows in the background; rows change as each result of any
 * bulk run is recorded while the window stays usable. Build and use on the EDT.
 */
final class OverviewDialog {

    private final JDialog dialog;
    private final MailboxOverview overview;
    private final Reverify reverify;
    private final BulkReverify runs;
    private final Consumer<MailboxReport> live = this::recorded;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final MigrationTexts texts;
    private final Clock clock;
    private final OverviewRows rows;
    private final JTable table;
    private final TableRowSorter<OverviewRows> sorter;
    private final JComboBox<StatusChoice> statusFilter = new JComboBox<>();
    private final JTextField search = new JTextField(24);
    private final JButton reverifySelected;
    private final JButton reverifyShown;
    private final JButton enterPasswords;
    private final JLabel notice = new JLabel(" ");
    private final ReportSaving saving;

    /** Starts a bulk run and shows its results; {@code finished} runs on the EDT when it ends. */
    @FunctionalInterface
    interface Reverify {
        void start(String scope, List<Mailbox> mailboxes, Consumer<BulkReverify.Result> finished);
    }

    /**
     * @param runs           tells this view about every result recorded by any bulk run while it is open
     * @param enterPasswords opens "enter passwords in a row" for the given mailboxes
     * @param changeServers  opens "Change servers…" for the given domains
     * @param printSheets    previews the packs of the given customers; empty without the sheet feature (no button then)
     */
    OverviewDialog(Window owner, MailboxOverview overview, BulkReverify runs, Reverify reverify,
                   Consumer<List<Mailbox>> enterPasswords, Consumer<List<DomainName>> changeServers, Optional<Consumer<List<Customer>>> printSheets, TaskExecutor tasks,
                   ErrorTexts errors, MigrationTexts texts, Clock clock) {
        this.overview = overview;
        this.runs = runs;
        this.reverify = reverify;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = texts;
        this.clock = clock;
        this.saving = new ReportSaving(notice, texts, tasks, errors);
        this.rows = new OverviewRows(texts, CheckStatus.DEFAULT_MAX_AGE);
        dialog = new JDialog(owner, texts.get("overview.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("overviewDialog");
        table = new JTable(rows);
        table.setName("overviewTable");
        sorter = new TableRowSorter<>(rows);
        table.setRowSorter(sorter);
        table.getColumnModel().getColumn(0).setCellRenderer(StatusCells.colouredBy(row -> rows.at(row).status()));
        // Address and servers need the room; a date fits in little (seen cut off at 1280×800 with equal widths).
        int[] widths = {165, 260, 150, 215, 215, 120};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        statusFilter.setName("statusFilter");
        statusFilter.addActionListener(e -> refilter());
        search.setName("overviewSearch");
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { refilter(); }
            @Override public void removeUpdate(DocumentEvent e) { refilter(); }
            @Override public void changedUpdate(DocumentEvent e) { refilter(); }
        });
        notice.setName("overviewNotice");
        reverifySelected = Widgets.button("reverifyButton", texts.get("overview.reverify"), e -> reverifySelected());
        reverifySelected.setEnabled(false);
        JButton changeSelected = Widgets.button("changeServersButton", texts.get("overview.changeServers"),
                e -> changeServers.accept(selectedDomains()));
        changeSelected.setEnabled(false);
        Optional<JButton> print = printSheets.map(printer -> Widgets.button("printSheetsButton", texts.get("overview.printSheets"),
                e -> printer.accept(selectedCustomers())));
        print.ifPresent(button -> button.setEnabled(false));
        table.getSelectionModel().addListSelectionListener(e -> {
            reverifySelected.setEnabled(table.getSelectedRowCount() > 0);
            changeSelected.setEnabled(table.getSelectedRowCount() > 0);
            print.ifPresent(button -> button.setEnabled(table.getSelectedRowCount() > 0));
        });
        this.enterPasswords = Widgets.button("enterPasswords", texts.get("overview.enterPasswords"),
                e -> enterPasswords.accept(shown(Optional.of(CheckStatus.NEEDS_PASSWORD))));
        reverifyShown = Widgets.button("reverifyShownButton", texts.get("overview.reverifyShown"), e -> reverifyShown());
        JButton pdf = Widgets.button("overviewSavePdf", texts.get("results.savePdf"), e -> save("pdf"));
        JButton csv = Widgets.button("overviewSaveCsv", texts.get("results.saveCsv"), e -> save("csv"));
        JButton close = new JButton(texts.get("close"));
        close.setName("closeButton");
        close.addActionListener(e -> dialog.dispose());
        JLabel searchLabel = new JLabel(texts.get("overview.search"));
        searchLabel.setLabelFor(search);
        JLabel statusLabel = new JLabel(texts.get("overview.status"));
        statusLabel.setLabelFor(statusFilter);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[][grow,fill][][]", "[][grow,fill][][]"));
        content.add(searchLabel);
        content.add(search);
        content.add(statusLabel);
        content.add(statusFilter, "wrap");
        content.add(new JScrollPane(table), "span, grow, wrap");
        // Saving sits with the count it saves; in the button row the French texts ran off a 1280-pixel screen.
        content.add(notice, "span, split " + (print.isPresent() ? 4 : 3) + ", growx");
        print.ifPresent(content::add);
        content.add(pdf);
        content.add(csv, "wrap");
        // Natural widths: five buttons of the longest French text's width would not fit 1280 pixels.
        content.add(this.enterPasswords, "span, split 5");
        content.add(changeSelected);
        content.add(reverifySelected, "gapleft push");
        content.add(reverifyShown);
        content.add(close);
        dialog.setContentPane(content);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.setSize(1160, 560);
        runs.addListener(live);
        dialog.addWindowFocusListener(new ReloadOnReturn(this::reload));
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                runs.removeListener(live);
            }
        });
        Widgets.placeOnScreen(dialog, owner);
        showCounts();
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
        reload();
    }

    /** Loads every mailbox again in the background, e.g. after passwords were entered. */
    void reload() {
        notice.setText(texts.get("overview.loading"));
        BackgroundTask.of(monitor -> overview.rows(MailboxOverview.Filter.all()))
                .shownAs(texts.get("overview.loading"))
                .onSuccess(loaded -> {
                    rows.show(loaded);
                    notice.setText(texts.format("overview.count", loaded.size()));
                    showCounts();
                })
                .onFailure(e -> notice.setText(errors.describe(e)))
                .executeWith(tasks);
    }

    /** The domains of the selected rows, each once, in table order. */
    private List<DomainName> selectedDomains() {
        Set<DomainName> domains = new LinkedHashSet<>();
        for (int viewRow : table.getSelectedRows()) {
            domains.add(rows.at(table.convertRowIndexToModel(viewRow)).domain().name());
        }
        return List.copyOf(domains);
    }

    /** The customers of the selected rows, each once, in table order. */
    private List<Customer> selectedCustomers() {
        Map<Long, Customer> customers = new LinkedHashMap<>();
        for (int viewRow : table.getSelectedRows()) {
            Customer customer = rows.at(table.convertRowIndexToModel(viewRow)).customer();
            customers.putIfAbsent(customer.id(), customer);
        }
        return List.copyOf(customers.values());
    }

    private void reverifySelected() {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int viewRow : table.getSelectedRows()) {
            mailboxes.add(rows.at(table.convertRowIndexToModel(viewRow)).mailbox());
        }
        start(texts.format("scope.selection", mailboxes.size()), mailboxes);
    }

    /** The filter as it stands (status, and search over hosts and providers) is the scope: "everyone on Bluewin that fails". */
    private void reverifyShown() {
        List<Mailbox> mailboxes = shown(Optional.empty());
        start(texts.format("scope.shown", mailboxes.size()), mailboxes);
    }

    /** The mailboxes the filter shows; only those of {@code status} when given. */
    private List<Mailbox> shown(Optional<CheckStatus> status) {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int viewRow = 0; viewRow < table.getRowCount(); viewRow++) {
            MailboxOverview.Row shown = rows.at(table.convertRowIndexToModel(viewRow));
            if (status.map(s -> shown.status() == s).orElse(true)) {
                mailboxes.add(shown.mailbox());
            }
        }
        return mailboxes;
    }

    private void start(String scope, List<Mailbox> mailboxes) {
        if (mailboxes.isEmpty()) {
            return;
        }
        notice.setText(texts.format("overview.reverifying", mailboxes.size()));
        reverify.start(scope, mailboxes, result -> finished(result.reports()));
    }

    private void recorded(MailboxReport report) {
        rows.update(report, clock.instant());
        showCounts();
    }

    private void finished(List<MailboxReport> reports) {
        long passed = reports.stream().filter(MailboxReport::passed).count();
        notice.setText(texts.format("overview.reverified", reports.size(), passed, reports.size() - passed));
    }

    /** The status choices with how many mailboxes each has; keeps the chosen one. */
    private void showCounts() {
        Optional<CheckStatus> chosen = chosenStatus();
        Map<CheckStatus, Integer> counts = rows.counts();
        enterPasswords.setEnabled(counts.get(CheckStatus.NEEDS_PASSWORD) > 0);
        DefaultComboBoxModel<StatusChoice> choices = new DefaultComboBoxModel<>();
        choices.addElement(new StatusChoice(Optional.empty(), texts.format("overview.all", rows.getRowCount())));
        for (CheckStatus status : CheckStatus.values()) {
            StatusChoice choice = new StatusChoice(Optional.of(status), texts.status(status) + " (" + counts.get(status) + ")");
            choices.addElement(choice);
            if (chosen.equals(Optional.of(status))) {
                choices.setSelectedItem(choice);
            }
        }
        statusFilter.setModel(choices);
        refilter();
    }

    private Optional<CheckStatus> chosenStatus() {
        Object chosen = statusFilter.getSelectedItem();
        return chosen == null ? Optional.empty() : ((StatusChoice) chosen).status();
    }

    private void refilter() {
        Optional<CheckStatus> status = chosenStatus();
        String text = search.getText().strip().toLowerCase(Locale.ROOT);
        sorter.setRowFilter(new RowFilter<OverviewRows, Integer>() {
            @Override
            public boolean include(Entry<? extends OverviewRows, ? extends Integer> entry) {
                int row = entry.getIdentifier();
                return status.map(s -> rows.at(row).status() == s).orElse(true) && rows.matches(row, text);
            }
        });
    }

    /**
     * Saves the rows the filter shows, as the table shows them, for the customer's file: "everyone on
     * Bluewin that fails" goes to the customer as it stands on screen. Composed and written in the background.
     */
    private void save(String extension) {
        TableReport report = shownTable();
        saving.save(dialog, "overviewChooser", extension, texts.get("overview.fileName"),
                format -> format.equals("pdf") ? report.pdf() : report.csv());
    }

    /** The shown rows' texts in view order, taken on the EDT so the background task never reads the table. */
    private TableReport shownTable() {
        List<String> headings = new ArrayList<>();
        for (int column = 0; column < rows.getColumnCount(); column++) {
            headings.add(rows.getColumnName(column));
        }
        List<List<String>> cells = new ArrayList<>();
        for (int viewRow = 0; viewRow < table.getRowCount(); viewRow++) {
            int modelRow = table.convertRowIndexToModel(viewRow);
            List<String> row = new ArrayList<>();
            for (int column = 0; column < rows.getColumnCount(); column++) {
                row.add(String.valueOf(rows.getValueAt(modelRow, column)));
            }
            cells.add(row);
        }
        String filter = String.valueOf(statusFilter.getSelectedItem())
                + (search.getText().isBlank() ? "" : " · " + search.getText().strip());
        return new TableReport(texts.get("overview.title"), texts.time(clock.instant()) + " · " + filter
                + " · " + texts.format("overview.count", cells.size()), headings, cells);
    }

    /** A status filter entry: empty for every status. */
    private record StatusChoice(Optional<CheckStatus> status, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
