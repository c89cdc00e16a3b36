package ch.mailbench.persistence;

import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.directory.CustomerSummarySource;
import ch.mailbench.core.directory.SearchText;
import ch.mailbench.core.model.DomainName;
import org.jooq.SQLDialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer list's read model, in two queries: the rows the list shows with their mailbox
 * counts (quick), then each customer's domain names and mailbox addresses, concatenated by the
 * database so Java handles 5,000 rows instead of 50,000 mailbox objects (for 50,000 mailboxes some
 * 1.6 million characters to read and fold, most of the list's cost). Domain names and addresses are
 * stored in punycode; IDN ones are added in Unicode for searching. A mailbox counts as failing when
 * its last real check of exactly its current settings failed.
 */
public final class JooqCustomerSummaries implements CustomerSummarySource {

    /** Plain SQL both databases speak. */
    private static final String LISTED = """
            SELECT c.id, c.name, c.contact_person, c.phone, c.email, coalesce(m.total, 0) AS total, coalesce(m.failing, 0) AS failing
            FROM customer c
            LEFT JOIN (SELECT md.customer_id, count(*) AS total,
                              sum(CASE WHEN mb.last_check_outcome IS NOT NULL AND mb.last_check_outcome <> 'OK'
                                        AND (mb.last_check_settings IS NULL OR mb.last_check_settings = %s)
                                       THEN 1 ELSE 0 END) AS failing
                       FROM mailbox mb JOIN mail_domain md ON md.id = mb.domain_id
                       GROUP BY md.customer_id) m ON m.customer_id = c.id
            """.formatted(effectiveSettingsText());

    private static final String SQLITE_SEARCHED = """
            SELECT c.id, c.name, c.contact_person, c.phone, c.email, d.names, m.addresses
            FROM customer c
            LEFT JOIN (SELECT customer_id, group_concat(name, char(10)) AS names
                       FROM mail_domain GROUP BY customer_id) d ON d.customer_id = c.id
            LEFT JOIN (SELECT md.customer_id, group_concat(mb.address || char(10) || mb.display_name, char(10)) AS addresses
                       FROM mailbox mb JOIN mail_domain md ON md.id = mb.domain_id
                       GROUP BY md.customer_id) m ON m.customer_id = c.id
            """;

    private final Database database;
    private final String searched;

    public JooqCustomerSummaries(Database database) {
        this.database = database;
        boolean postgres = database.dialect().family() == SQLDialect.POSTGRES;
        this.searched = postgres ? inPostgresWords(SQLITE_SEARCHED) : SQLITE_SEARCHED;
    }

    /** The same query in PostgreSQL's words: {@code string_agg} and {@code chr} for SQLite's {@code group_concat} and {@code char}. */
    private static String inPostgresWords(String sql) {
        return sql.replace("group_concat(", "string_agg(").replace("char(10)", "chr(10)");
    }

    /** Plain JDBC: the console's first list must not wait for jOOQ's set-up (half a second of a cold start). */
    @Override
    public List<CustomerSummary> loadListed() {
        return database.read(connection -> {
            List<CustomerSummary> loaded = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(LISTED)) {
                while (rows.next()) {
                    loaded.add(new CustomerSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(6), rows.getInt(7),
                            SearchText.fold(rowText(rows).toString())));
                }
            }
            return loaded;
        });
    }

    @Override
    public Map<Long, String> loadSearchTexts() {
        return database.read(connection -> {
            Map<Long, String> texts = new HashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(searched)) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), SearchText.fold(searchText(rows)));
                }
            }
            return texts;
        });
    }

    /** Name, contact person, phone and e-mail (columns 2 to 5), one a line. */
    private static StringBuilder rowText(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder(128);
        for (int column = 2; column <= 5; column++) {
            text.append(orEmpty(row.getString(column))).append('\n');
        }
        return text;
    }

    private static String searchText(ResultSet row) throws SQLException {
        String domains = orEmpty(row.getString(6));
        String addresses = orEmpty(row.getString(7));
        StringBuilder text = rowText(row).append(domains).append('\n').append(addresses);
        if (domains.contains("xn--")) {
            for (String ascii : domains.split("\n")) {
                String unicode = DomainName.of(ascii).unicode();
                if (!unicode.equals(ascii)) {
                    text.append('\n').append(unicode).append('\n').append(addresses.replace("@" + ascii, "@" + unicode));
                }
            }
        }
        return text.toString();
    }

    /**
     * The mailbox's effective settings as {@code SettingsText} computed by SQLite, so a failure of
     * settings changed since counts as stale, not failing — the same rule as {@code CheckStatus}.
     */
    private static String effectiveSettingsText() {
        return "(CASE WHEN mb.own_settings = 1 THEN " + settingsText("mb") + " ELSE " + settingsText("md") + " END)";
    }

    private static String settingsText(String table) {
        return table + ".mailbox_type || '|' || " + endpoint(table, "incoming") + " || '|' || " + endpoint(table, "outgoing")
                + " || '|' || " + table + ".smtp_auth || '|' || " + table + ".username_format";
    }

    private static String endpoint(String table, String which) {
        return "coalesce(" + table + "." + which + "_host || ':' || " + table + "." + which + "_port || ':' || "
                + table + "." + which + "_security, '-')";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
