package ch.mailbench.app.ui.data;

import ch.mailbench.core.csv.CsvProblem;
import ch.mailbench.core.csv.ImportReport;
import org.junit.jupiter.api.Test;

import javax.swing.table.TableModel;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReportModelTest {

    private static final List<CsvProblem> PROBLEMS = List.of(new CsvProblem(3, "email", "\"b@b\" is not a valid email address"),
            new CsvProblem(7, "incoming_port", "Port must be between 1 and 65535"));

    @Test
    void aBlockedImportListsTheProblemsAsATableAndOffersTheValidLines() {
        ImportReport blocked = new ImportReport(false, 0, 0, 0, List.of(), 0, 0, PROBLEMS, List.of());

        ImportReportModel model = new ImportReportModel(blocked, 5, new DataMessages(Locale.FRENCH));

        assertThat(model.summary()).startsWith("Rien n'a été importé : 2 problème(s)");
        assertThat(model.canImportValidLinesOnly()).isTrue();
        TableModel table = model.problems();
        assertThat(table.getColumnName(0)).isEqualTo("Ligne");
        assertThat(table.getRowCount()).isEqualTo(2);
        assertThat(table.getValueAt(1, 0)).isEqualTo(7L);
        assertThat(table.getValueAt(1, 1)).isEqualTo("incoming_port");
        assertThat(table.getValueAt(1, 2)).isEqualTo("Port must be between 1 and 65535");
    }

    @Test
    void aWrittenImportSummarisesAndListsChangesAndWarnings() {
        ImportReport written = new ImportReport(true, 1, 2, 3, List.of(new ImportReport.MailboxChange(4, "paul@bakery-dupont.ch",
                List.of("display_name: \"Paul\" → \"Paul Dupont\""))), 5, 1, PROBLEMS, List.of("Unknown column \"fax\" (column 3) is ignored"));

        ImportReportModel model = new ImportReportModel(written, 8, new DataMessages(Locale.GERMAN));

        assertThat(model.summary()).isEqualTo("Importiert. Neue Kunden: 1, neue Domains: 2, neue Postfächer: 3, geändert: 1, "
                + "unverändert: 5, gespeicherte Passwörter: 1. Ausgelassene Zeilen: 2.");
        assertThat(model.canImportValidLinesOnly()).isFalse();
        assertThat(model.details()).containsExactly("Zeile 4: paul@bakery-dupont.ch — display_name: \"Paul\" → \"Paul Dupont\"",
                "Warnung: Unknown column \"fax\" (column 3) is ignored");
    }
}
