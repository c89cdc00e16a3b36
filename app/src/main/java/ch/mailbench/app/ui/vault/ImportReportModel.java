package ch.mailbench.app.ui.vault;

import ch.mailbench.core.csv.CsvProblem;
import ch.mailbench.core.csv.ImportReport;

import javax.swing.table.AbstractTableModel;
import java.util.List;

/**
 * An import's outcome as the console shows it: a summary sentence, the problems as a table
 * (line, column, reason), the updated mailboxes with their changes, and whether importing only the
 * valid lines is worth offering. No Swing components; the table model is data only.
 */
public final class ImportReportModel {

    private final ImportReport report;
    private final int validRows;
    private final VaultMessages messages;

    /** @param validRows how many lines of the file passed the checks (for the "valid lines only" offer) */
    public ImportReportModel(ImportReport report, int validRows, VaultMessages messages) {
        this.report = report;
        this.validRows = validRows;
        this.messages = messages;
    }

    public String summary() {
        if (report.written()) {
            return messages.format("import.done", report.customersCreated(), report.domainsCreated(), report.mailboxesCreated(),
                    report.mailboxesUpdated().size(), report.mailboxesUnchanged(), report.passwordsStored())
                    + (report.hasProblems() ? " " + messages.format("import.skipped", report.problems().size()) : "");
        }
        return messages.format("import.blocked", report.problems().size());
    }

    /** Offered when nothing was written but some lines are fine. */
    public boolean canImportValidLinesOnly() {
        return !report.written() && validRows > 0;
    }

    public boolean hasProblems() {
        return report.hasProblems();
    }

    /** One line per updated mailbox, then one per warning. */
    public List<String> details() {
        List<String> lines = new java.util.ArrayList<>();
        for (ImportReport.MailboxChange change : report.mailboxesUpdated()) {
            lines.add(messages.format("import.changed", change.line(), change.address(), String.join("; ", change.changes())));
        }
        for (String warning : report.warnings()) {
            lines.add(messages.format("import.warning", warning));
        }
        return lines;
    }

    public AbstractTableModel problems() {
        List<CsvProblem> problems = report.problems();
        String[] headers = {messages.get("import.column.line"), messages.get("import.column.column"), messages.get("import.column.reason")};
        return new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return problems.size();
            }

            @Override
            public int getColumnCount() {
                return headers.length;
            }

            @Override
            public String getColumnName(int column) {
                return headers[column];
            }

            @Override
            public Class<?> getColumnClass(int column) {
                return column == 0 ? Long.class : String.class;
            }

            @Override
            public Object getValueAt(int row, int column) {
                CsvProblem problem = problems.get(row);
                return switch (column) {
                    case 0 -> problem.line();
                    case 1 -> problem.column();
                    default -> problem.reason();
                };
            }
        };
    }
}
