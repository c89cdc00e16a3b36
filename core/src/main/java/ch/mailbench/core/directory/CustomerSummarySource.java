package ch.mailbench.core.directory;

import java.util.List;

/** Port: reads the summaries of all customers in one pass (a read model for the customer list). */
public interface CustomerSummarySource {

    /** Every customer with its search text and mailbox counts, in no particular order. */
    List<CustomerSummary> loadAll();
}
