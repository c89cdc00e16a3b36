package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.sheet.RunReport;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.Window;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The end of a bulk run: mailboxes grouped by outcome with one explanation per group, what changed
 * since each mailbox's last good check, "Retry the failures", and the run saved as PDF or CSV for the
 * customer's file. Build and use on the EDT.
 */
final class RunResultsDialog {

    private static final int TEXT_WIDTH = 540;

    private final JDialog dialog;
    private final BulkReverify.Result result;
    private final MigrationTexts texts;
    private final OutcomeTexts outcomes;
    private final ZoneId zone;
    private final JLabel notice = Widgets.label("resultsNotice", " ");
    private final ReportSaving saving;

    /** @param retry starts a new run over the given failed mailboxes */
    RunResultsDialog(Window owner, BulkReverify.Result result, MigrationTexts texts, TaskExecutor tasks, ErrorTexts errors,
                     ZoneId zone, Consumer<List<MailboxReport>> retry) {
        this.result = result;
        this.texts = texts;
        this.outcomes = new OutcomeTexts(texts.locale());
        this.zone = zone;
        this.saving = new ReportSaving(notice, texts, tasks, errors);
        dialog = new JDialog(owner, texts.format("results.title", result.scope()), JDialog.ModalityType.MODELESS);
        dialog.setName("runResultsDialog");
        List<MailboxReport> failures = result.reports().stream().filter(r -> r.real() && !r.passed()).toList();
        long passed = result.reports().stream().filter(MailboxReport::passed).count();
        JLabel summary = Widgets.heading("resultsSummary", texts.format("results.summary", result.reports().size(), passed,
                failures.size(), result.reports().size() - passed - failures.size()));
        JPanel groups = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        groups.setName("resultGroups");
        grouped().forEach((outcome, reports) -> groups.add(group(outcome, reports), "gapbottom 12"));
        JButton retryButton = Widgets.button("retryFailures", texts.format("results.retry", failures.size()), e -> {
            dialog.dispose();
            retry.accept(failures);
        });
        retryButton.setEnabled(!failures.isEmpty());
        JButton pdf = Widgets.button("savePdf", texts.get("results.savePdf"), e -> save("pdf"));
        JButton csv = Widgets.button("saveCsv", texts.get("results.saveCsv"), e -> save("csv"));
        JButton close = Widgets.button("closeButton", texts.get("close"), e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][][]"));
        content.add(summary);
        JScrollPane scroll = new JScrollPane(groups);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        content.add(scroll);
        content.add(notice);
        content.add(Widgets.buttonBar(List.of(pdf, csv), retryButton, close));
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(failures.isEmpty() ? close : retryButton);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.setSize(860, 560);
        Widgets.placeOnScreen(dialog, owner);
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
    }

    /** Failures first (in the order of {@link Outcome}), then runs that tried no login, then the passed ones; none = no server set. */
    private Map<Optional<Outcome>, List<MailboxReport>> grouped() {
        Map<Optional<Outcome>, List<MailboxReport>> groups =
                new TreeMap<>(Comparator.comparingInt(o -> o.map(RunResultsDialog::rank).orElse(Integer.MAX_VALUE)));
        result.reports().forEach(report -> groups.computeIfAbsent(outcome(report), key -> new ArrayList<>()).add(report));
        return groups;
    }

    private static int rank(Outcome outcome) {
        if (outcome == Outcome.OK) {
            return Outcome.values().length * 2;
        }
        return outcome.real() ? outcome.ordinal() : Outcome.values().length + outcome.ordinal();
    }

    private static Optional<Outcome> outcome(MailboxReport report) {
        return report.servers().stream().anyMatch(ServerReport::tested) ? Optional.of(report.summary()) : Optional.empty();
    }

    private JPanel group(Optional<Outcome> outcome, List<MailboxReport> reports) {
        String key = outcome.map(Outcome::name).orElse("NONE");
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        panel.setName("group." + key);
        String label = outcome.map(outcomes::label).orElse(texts.get("results.noServer"));
        panel.add(Widgets.heading("groupTitle." + key, symbol(outcome) + " " + texts.format("results.group", label, reports.size())));
        JLabel explanation = Widgets.label("groupExplanation." + key, html(explanation(outcome, reports.get(0))));
        panel.add(explanation, "wmin 0");
        for (MailboxReport report : reports) {
            String address = report.mailbox().address().ascii();
            panel.add(Widgets.label("result." + address, report.mailbox().address().unicode() + " · " + report.domainName()),
                    "gapleft 16, wmin 0");
            List<String> changes = result.changes().getOrDefault(report.mailbox().id(), List.of()).stream()
                    .map(texts::change).toList();
            if (!changes.isEmpty()) {
                panel.add(Widgets.label("since." + address, html("— " + String.join("; ", changes))), "gapleft 32, wmin 0");
            }
        }
        return panel;
    }

    private String explanation(Optional<Outcome> outcome, MailboxReport first) {
        if (outcome.isEmpty()) {
            return texts.get("results.noServer.explanation");
        }
        if (outcome.get() == Outcome.OK) {
            return texts.get("results.ok.explanation");
        }
        return first.servers().stream().filter(s -> s.tested() && !s.passed()).findFirst()
                .flatMap(ServerReport::verdict).map(a -> outcomes.explanation(a.diagnosis())).orElse("");
    }

    private static String symbol(Optional<Outcome> outcome) {
        return outcome.map(o -> o == Outcome.OK ? "✔" : o.real() ? "✖" : "○").orElse("○");
    }

    /** Wraps within the dialog on a 1280-pixel screen (Swing scales CSS pixels up by about a third), not off to the right. */
    private static String html(String text) {
        return "<html><div style='width:" + TEXT_WIDTH + "px'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</div></html>";
    }

    private void save(String extension) {
        List<MailboxReport> reports = new ArrayList<>(result.reports());
        saving.save(dialog, "reportChooser", extension, texts.format("results.fileName", result.scope()), format -> {
            RunReport report = new RunReport(outcomes, zone);
            return format.equals("pdf") ? report.pdf(reports, result.at()) : report.csv(reports, result.at());
        });
    }
}
