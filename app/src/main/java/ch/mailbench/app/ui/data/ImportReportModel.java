package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.core.csv.CsvProblem;
import ch.mailbench.core.csv.ImportReport;

import java.util.List;

/**
 * An import's outcome as the console shows it: a summary sentence, the problems as a table
 * (line, column, reason), the updated mailboxes with their changes, and whether importing only the
 * valid lines is worth offering. No Swing components; the table model is data only.
 */
public final class ImportReportModel {

    private final ImportReport report;
    private final int validRows;
    private final DataMessages messages;

    /** @param validRows how many lines of the file passed the checks (for the "valid lines only" offer) */
    public ImportReportModel(ImportReport report, int validRows, DataMessages messages) {
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

    public ListTableModel<CsvProblem> problems() {
        ListTableModel<CsvProblem> table = new ListTableModel<>(List.of(
                new Column<>(messages.get("import.column.line"), Long.class, CsvProblem::line),
                Column.text(messages.get("import.column.column"), CsvProblem::column),
                Column.text(messages.get("import.column.reason"), CsvProblem::reason)));
        table.show(report.problems());
        return table;
    }
}
