package ch.mailbench.core.directory;

import java.util.List;
import java.util.Map;

/** Port: the read model of the customer list, in two passes: what the list shows, then what searching needs. */
public interface CustomerSummarySource {

    /**
     * Every customer with its mailbox counts, in no particular order; the search text holds only
     * what the customer row itself has (name, contact person, phone, e-mail). Quick: the list's first paint waits for it.
     */
    List<CustomerSummary> loadListed();

    /** The full search text of every customer by id: the row's text plus its domain names and mailbox addresses. */
    Map<Long, String> loadSearchTexts();
}
