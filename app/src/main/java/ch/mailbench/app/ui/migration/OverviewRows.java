package ch.mailbench.app.ui.migration;

import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview.Row;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.probe.MailboxReport;

import javax.swing.table.AbstractTableModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every mailbox across customers with its truthful status; a re-verified row changes in place. EDT only. */
final class OverviewRows extends AbstractTableModel {

    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"status", "address", "customer", "incoming", "smtp", "lastCheck"};

    private final transient MigrationTexts texts;
    private final transient Duration maxAge;
    private transient List<Row> rows = new ArrayList<>();

    OverviewRows(MigrationTexts texts, Duration maxAge) {
        this.texts = texts;
        this.maxAge = maxAge;
    }

    void show(List<Row> loaded) {
        rows = new ArrayList<>(loaded);
        fireTableDataChanged();
    }

    Row at(int row) {
        return rows.get(row);
    }

    /**
     * The row of the reported mailbox gets its new last check and status. A run that tried no
     * login (no password, offline, cancelled) recorded nothing, so the row stays as it was.
     */
    void update(MailboxReport report, Instant now) {
        if (!report.real()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.mailbox().id() == report.mailbox().id()) {
                CheckStatus status = CheckStatus.of(report.mailbox().lastCheck(), row.settings(), true, now, maxAge);
                rows.set(i, new Row(report.mailbox(), row.customer(), row.domain(), row.settings(), status));
                fireTableRowsUpdated(i, i);
                return;
            }
        }
    }

    Map<CheckStatus, Integer> counts() {
        Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
        for (CheckStatus status : CheckStatus.values()) {
            counts.put(status, 0);
        }
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    /** Whether the row's address, customer, domain, provider or server hosts contain {@code text} (lower case). */
    boolean matches(int row, String text) {
        if (text.isEmpty()) {
            return true;
        }
        Row r = rows.get(row);
        String haystack = String.join(" ", r.mailbox().address().unicode(), r.mailbox().address().ascii(), r.customer().name(),
                r.domain().name().unicode(), r.domain().provider(), host(r.settings().incoming()), host(r.settings().outgoing()));
        return haystack.toLowerCase(Locale.ROOT).contains(text);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return texts.get("overview.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        Row row = rows.get(rowIndex);
        return switch (column) {
            case 0 -> texts.status(row.status());
            case 1 -> row.mailbox().address().unicode();
            case 2 -> row.customer().name();
            case 3 -> endpoint(row.settings().incoming());
            case 4 -> endpoint(row.settings().outgoing());
            default -> row.mailbox().lastCheck().map(c -> texts.time(c.at())).orElse("");
        };
    }

    private static String host(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> e.host().unicode() + " " + e.host().ascii()).orElse("");
    }

    private static String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(e -> e.host().unicode() + ":" + e.port().number()).orElse("—");
    }
}
