package ch.mailbench.core.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or broken CSV input (issue 12, items 2 and 13): a clear problem with line and column, never a silent change. */
class CsvHardeningTest {

    private final CsvReader reader = new CsvReader();

    private ImportFile read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
            "'=already quoted", "''=twice", "plain", "'plain apostrophe"})
    void formulaCellsAreNeutralizedOnExportAndRestoredOnImport(String value) {
        String exported = CsvFormulas.neutralize(value);

        assertThat(exported).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(CsvFormulas.restore(exported)).isEqualTo(value);
    }

    @Test
    void anImportedQuotedFormulaLosesItsQuote() {
        ImportFile file = read("customer,email,display_name,notes\n'=Dupont,a@x.ch,'+41 21 000 00 00,'-\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.customer()).isEqualTo("=Dupont");
            assertThat(row.displayName()).contains("+41 21 000 00 00");
            assertThat(row.notes()).contains("-");
        });
    }

    @Test
    void anUnbalancedQuoteNamesTheLineWhereItOpens() {
        ImportFile file = read("customer,email\nA,a@x.ch\n\"B,b@x.ch\nC,c@x.ch\n");

        assertThat(file.problems()).singleElement().hasToString(
                "line 3: a quoted cell starts on this line but its closing quote (\") is missing");
    }

    @Test
    void aSemicolonLineInACommaFileIsNamedAsSuch() {
        ImportFile file = read("customer,email\nA;a@x.ch\n");

        assertThat(file.problems()).singleElement().hasToString(
                "line 2: the line is separated by semicolons (;) but the header line by commas (,)");
    }

    @Test
    void anEmptyFileDoesNotSuggestSkippingInvalidLines() {
        ImportReport report = new ImportReport(false, 0, 0, 0, List.of(), 0, 0, read("").problems(), List.of());

        assertThat(String.join("\n", report.summaryLines())).contains("the file is empty").doesNotContain("--skip-invalid");
    }

    @Test
    void aHugeCellIsRefusedWithoutEchoingIt() {
        String huge = "x".repeat(5_000_000);
        ImportFile file = read("customer,email,display_name\nA,a@x.ch," + huge + "\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).singleElement().hasToString(
                "line 2, column display_name: the cell has 5,000,000 characters; at most " + String.format("%,d", CsvReader.MAX_CELL_CHARACTERS) + " are allowed");
        assertThat(file.problems().get(0).toString().length()).isLessThan(200);
    }

    @Test
    void extraCellsAreReported() {
        ImportFile file = read("customer,email\nA,a@x.ch" + ",y".repeat(998) + "\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.warnings()).containsExactly("Line 2 has 1,000 cells but the header only 2 columns: the other 998 cells are ignored");
    }

    @Test
    void aDomainThatIsNotTheAddressesDomainIsRefused() {
        ImportFile file = read("customer,domain,email\nA,x.ch,a@y.ch\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).singleElement().hasToString(
                "line 2, column domain: x.ch is not the domain of a@y.ch (y.ch)");
    }
}
