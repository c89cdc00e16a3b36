package ch.mailbench.persistence;

import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.directory.CustomerSummarySource;
import ch.mailbench.core.directory.SearchText;
import ch.mailbench.core.model.DomainName;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ch.mailbench.persistence.jooq.Tables.CUSTOMER;
import static ch.mailbench.persistence.jooq.Tables.MAILBOX;
import static ch.mailbench.persistence.jooq.Tables.MAIL_DOMAIN;

/**
 * The customer list's read model: three flat queries (customers, domain names, mailbox addresses)
 * joined in memory, which is much faster than building full domain objects for 50,000 mailboxes.
 */
public final class JooqCustomerSummaries implements CustomerSummarySource {

    private final DSLContext dsl;

    public JooqCustomerSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CustomerSummary> loadAll() {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Map<Integer, Builder> customers = new HashMap<>();
            for (Record5<Integer, String, String, String, String> row : tx.select(CUSTOMER.ID, CUSTOMER.NAME,
                    CUSTOMER.CONTACT_PERSON, CUSTOMER.PHONE, CUSTOMER.EMAIL).from(CUSTOMER).fetch()) {
                customers.put(row.value1(), new Builder(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
            }
            Map<Integer, String> domainNames = new HashMap<>();
            Map<Integer, Builder> domainOwners = new HashMap<>();
            for (Record3<Integer, Integer, String> row : tx.select(MAIL_DOMAIN.ID, MAIL_DOMAIN.CUSTOMER_ID, MAIL_DOMAIN.NAME)
                    .from(MAIL_DOMAIN).fetch()) {
                String unicode = DomainName.of(row.value3()).unicode();
                domainNames.put(row.value1(), unicode);
                Builder owner = customers.get(row.value2());
                domainOwners.put(row.value1(), owner);
                owner.text(unicode).text(row.value3());
            }
            for (Record4<Integer, String, String, String> row : tx.select(MAILBOX.DOMAIN_ID, MAILBOX.ADDRESS,
                    MAILBOX.DISPLAY_NAME, MAILBOX.LAST_CHECK_OUTCOME).from(MAILBOX).fetch()) {
                Builder owner = domainOwners.get(row.value1());
                String localPart = row.value2().substring(0, row.value2().lastIndexOf('@'));
                owner.mailbox(row.value4() != null && !"OK".equals(row.value4()))
                        .text(localPart + "@" + domainNames.get(row.value1())).text(row.value3());
            }
            List<CustomerSummary> summaries = new ArrayList<>(customers.size());
            customers.values().forEach(builder -> summaries.add(builder.build()));
            return summaries;
        });
    }

    /** Collects one customer's search text while the three result sets stream by. */
    private static final class Builder {
        private final int id;
        private final String name;
        private final String contactPerson;
        private final StringBuilder text = new StringBuilder();
        private int mailboxes;
        private int failing;

        Builder(int id, String name, String contactPerson, String phone, String email) {
            this.id = id;
            this.name = name;
            this.contactPerson = contactPerson;
            text(name).text(contactPerson).text(phone).text(email);
        }

        Builder text(String more) {
            if (more != null && !more.isEmpty()) {
                text.append(more).append('\n');
            }
            return this;
        }

        Builder mailbox(boolean failed) {
            mailboxes++;
            if (failed) {
                failing++;
            }
            return this;
        }

        CustomerSummary build() {
            return new CustomerSummary(id, name, contactPerson, mailboxes, failing, SearchText.fold(text.toString()));
        }
    }
}
