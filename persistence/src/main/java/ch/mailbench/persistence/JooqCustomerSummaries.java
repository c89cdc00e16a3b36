package ch.mailbench.persistence;

import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.directory.CustomerSummarySource;
import ch.mailbench.core.directory.SearchText;
import ch.mailbench.core.model.DomainName;
import org.jooq.DSLContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer list's read model: one query that lets SQLite concatenate each customer's domain
 * names and mailbox addresses, so Java handles 5,000 rows instead of 50,000 mailbox objects.
 * Domain names and addresses are stored in punycode; IDN ones are added in Unicode for searching.
 */
public final class JooqCustomerSummaries implements CustomerSummarySource {

    private static final String SUMMARIES = """
            SELECT c.id, c.name, c.contact_person, c.phone, c.email, d.names, m.addresses,
                   coalesce(m.total, 0) AS total, coalesce(m.failing, 0) AS failing
            FROM customer c
            LEFT JOIN (SELECT customer_id, group_concat(name, char(10)) AS names
                       FROM mail_domain GROUP BY customer_id) d ON d.customer_id = c.id
            LEFT JOIN (SELECT md.customer_id,
                              group_concat(mb.address || char(10) || mb.display_name, char(10)) AS addresses,
                              count(*) AS total,
                              sum(CASE WHEN mb.last_check_outcome IS NOT NULL AND mb.last_check_outcome <> 'OK'
                                       THEN 1 ELSE 0 END) AS failing
                       FROM mailbox mb JOIN mail_domain md ON md.id = mb.domain_id
                       GROUP BY md.customer_id) m ON m.customer_id = c.id
            """;

    private final DSLContext dsl;

    public JooqCustomerSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Plain JDBC on jOOQ's connection: at startup, jOOQ's record mapping would cost more than the query. */
    @Override
    public List<CustomerSummary> loadAll() {
        return dsl.connectionResult(connection -> {
            List<CustomerSummary> summaries = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SUMMARIES)) {
                while (rows.next()) {
                    summaries.add(summary(rows));
                }
            }
            return summaries;
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

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
