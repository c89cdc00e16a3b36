package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ServerReport;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A verification run for the customer's file or an invoice: a summary (counts by outcome), then one
 * row per mailbox (address, incoming, SMTP, outcome, time) — as a PDF with the sheets' fonts, or as
 * CSV (UTF-8 with BOM, for Excel). Headings and outcomes in the language of {@code texts}.
 */
public final class RunReport {

    private final OutcomeTexts texts;
    private final ResourceBundle words;
    private final ZoneId zone;

    public RunReport(OutcomeTexts texts, ZoneId zone) {
        this.texts = texts;
        this.words = ResourceBundle.getBundle("ch.mailbench.core.sheet.RunReport", texts.locale());
        this.zone = zone;
    }

    /** The outcome that sums up a mailbox; a mailbox without any result counts as "no result". */
    private static Optional<Outcome> outcome(MailboxReport report) {
        return report.servers().stream().anyMatch(ServerReport::tested) ? Optional.of(report.summary()) : Optional.empty();
    }

    private String outcomeLabel(MailboxReport report) {
        return outcome(report).map(texts::label).orElse(words.getString("noResult"));
    }

    private static String endpoint(ServerReport server) {
        return server.target().map(t -> describe(t.endpoint())).orElse("-");
    }

    private static String describe(Endpoint endpoint) {
        return endpoint.host().unicode() + ":" + endpoint.port() + " " + endpoint.security().label();
    }

    public byte[] csv(List<MailboxReport> reports, Instant at) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", words.getString("address"), words.getString("incoming"), words.getString("smtp"),
                words.getString("outcome"), words.getString("time"))).append("\r\n");
        String time = at.atZone(zone).toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        for (MailboxReport report : reports) {
            csv.append(String.join(",", csvCell(report.mailbox().address().unicode()), csvCell(endpoint(report.incoming())),
                    csvCell(endpoint(report.smtp())), csvCell(outcomeLabel(report)), csvCell(time))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break. */
    static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    public byte[] pdf(List<MailboxReport> reports, Instant at) {
        SheetFonts fonts = new SheetFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(texts.locale()).format(at.atZone(zone));
            document.add(new Paragraph(words.getString("title"), fonts.bold(16)));
            document.add(new Paragraph(when + " · " + java.text.MessageFormat.format(words.getString("count"), reports.size()),
                    SheetFonts.grey(fonts.regular(10))));
            document.add(new Paragraph(" ", fonts.regular(6)));
            document.add(summary(reports, fonts));
            document.newPage();
            PdfPTable rows = new PdfPTable(new float[] {30, 24, 24, 14, 8});
            rows.setWidthPercentage(100);
            rows.setHeaderRows(1);
            String time = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
            for (String heading : List.of("address", "incoming", "smtp", "outcome", "time")) {
                rows.addCell(pdfCell(words.getString(heading), fonts.bold(8)));
            }
            for (MailboxReport report : reports) {
                for (String text : List.of(report.mailbox().address().unicode(), endpoint(report.incoming()), endpoint(report.smtp()),
                        (report.passed() ? "✔ " : "✖ ") + outcomeLabel(report), time)) {
                    rows.addCell(pdfCell(text, fonts.regular(8)));
                }
            }
            document.add(rows);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot compose the report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell pdfCell(String text, com.lowagie.text.Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private PdfPTable summary(List<MailboxReport> reports, SheetFonts fonts) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int none = 0;
        for (MailboxReport report : reports) {
            Optional<Outcome> outcome = outcome(report);
            if (outcome.isPresent()) {
                counts.merge(outcome.get(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        PdfPTable table = new PdfPTable(new float[] {70, 30});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        table.addCell(pdfCell(words.getString("outcome"), fonts.bold(10)));
        table.addCell(pdfCell(words.getString("mailboxes"), fonts.bold(10)));
        counts.forEach((outcome, count) -> {
            table.addCell(pdfCell((outcome.passed() ? "✔ " : "✖ ") + texts.label(outcome), fonts.regular(10)));
            table.addCell(pdfCell(Integer.toString(count), fonts.regular(10)));
        });
        if (none > 0) {
            table.addCell(pdfCell(words.getString("noResult"), fonts.regular(10)));
            table.addCell(pdfCell(Integer.toString(none), fonts.regular(10)));
        }
        return table;
    }
}
