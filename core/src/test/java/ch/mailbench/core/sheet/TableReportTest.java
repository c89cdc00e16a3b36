package ch.mailbench.core.sheet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReportTest {

    private final TableReport report = new TableReport("Mailbox overview", "2 mailboxes",
            List.of("Status", "Address", "Customer"),
            List.of(List.of("Fails", "anna@müller.ch", "Müller, Bern"), List.of("Verified", "ben@example.ch", "Say \"hi\"")));

    @Test
    void csvHasBomHeadingsAndQuotesCellsWithCommasAndQuotes() {
        String csv = new String(report.csv(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFStatus,Address,Customer\r\n"
                + "Fails,anna@müller.ch,\"Müller, Bern\"\r\n"
                + "Verified,ben@example.ch,\"Say \"\"hi\"\"\"\r\n");
    }

    @Test
    void pdfIsAPdf() {
        assertThat(new String(report.pdf(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingBothCounts() {
        assertThatThrownBy(() -> new TableReport("t", "s", List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells").hasMessageContaining("2");
    }
}
