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
import java.util.List;

/**
 * The customer list's read model: one query that lets SQLite concatenate each customer's domain
 * names and mailbox addresses, so Java handles 5,000 rows instead of 50,000 mailbox objects.
 * Domain names and addresses are stored in punycode; IDN ones are added in Unicode for searching.
 * A mailbox counts as failing when its last real check of exactly its current settings failed.
 */
public final class JooqCustomerSummaries implements CustomerSummarySource {

    private static final String SQLITE_SUMMARIES = """
            SELECT c.id, c.name, c.contact_person, c.phone, c.email, d.names, m.addresses,
                   coalesce(m.total, 0) AS total, coalesce(m.failing, 0) AS failing
            FROM customer c
            LEFT JOIN (SELECT customer_id, group_concat(name, char(10)) AS names
                       FROM mail_domain GROUP BY customer_id) d ON d.customer_id = c.id
            LEFT JOIN (SELECT md.customer_id,
                              group_concat(mb.address || char(10) || mb.display_name, char(10)) AS addresses,
                              count(*) AS total,
                              sum(CASE WHEN mb.last_check_outcome IS NOT NULL AND mb.last_check_outcome <> 'OK'
                                        AND (mb.last_check_settings IS NULL OR mb.last_check_settings = %s)
                                       THEN 1 ELSE 0 END) AS failing
                       FROM mailbox mb JOIN mail_domain md ON md.id = mb.domain_id
                       GROUP BY md.customer_id) m ON m.customer_id = c.id
            """.formatted(effectiveSettingsText());

    /** The same query in PostgreSQL's words: {@code string_agg} and {@code chr} for SQLite's {@code group_concat} and {@code char}. */
    private static final String POSTGRES_SUMMARIES = SQLITE_SUMMARIES
            .replace("group_concat(", "string_agg(").replace("char(10)", "chr(10)");

    private final Database database;
    private final String summaries;

    public JooqCustomerSummaries(Database database) {
        this.database = database;
        this.summaries = database.dialect().family() == SQLDialect.POSTGRES ? POSTGRES_SUMMARIES : SQLITE_SUMMARIES;
    }

    /** Plain JDBC: the console's first list must not wait for jOOQ's set-up (half a second of a cold start). */
    @Override
    public List<CustomerSummary> loadAll() {
        return database.read(connection -> {
            List<CustomerSummary> loaded = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(summaries)) {
                while (rows.next()) {
                    loaded.add(summary(rows));
                }
            }
            return loaded;
        });
    }

    private static CustomerSummary summary(ResultSet row) throws SQLException {
        String name = row.getString(2);
        String contact = row.getString(3);
        String domains = orEmpty(row.getString(6));
        String addresses = orEmpty(row.getString(7));
        StringBuilder text = new StringBuilder(name.length() + domains.length() + addresses.length() + 64)
                .append(name).append('\n').append(contact).append('\n')
                .append(row.getString(4)).append('\n').append(row.getString(5)).append('\n')
                .append(domains).append('\n').append(addresses);
        if (domains.contains("xn--")) {
            for (String ascii : domains.split("\n")) {
                String unicode = DomainName.of(ascii).unicode();
                if (!unicode.equals(ascii)) {
                    text.append('\n').append(unicode).append('\n').append(addresses.replace("@" + ascii, "@" + unicode));
                }
            }
        }
        return new CustomerSummary(row.getLong(1), name, contact, row.getInt(8), row.getInt(9), SearchText.fold(text.toString()));
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
