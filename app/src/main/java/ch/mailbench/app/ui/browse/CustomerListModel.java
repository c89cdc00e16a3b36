package ch.mailbench.app.ui.browse;

import ch.mailbench.core.directory.CustomerSummary;

import javax.swing.AbstractListModel;
import java.util.List;

/** The customers the list shows: replaced as a whole on every keystroke, with one change event. */
final class CustomerListModel extends AbstractListModel<CustomerSummary> {

    private static final long serialVersionUID = 1L;

    private transient List<CustomerSummary> shown = List.of();

    void show(List<CustomerSummary> customers) {
        int before = shown.size();
        shown = customers;
        if (before > 0) {
            fireIntervalRemoved(this, 0, before - 1);
        }
        if (!customers.isEmpty()) {
            fireIntervalAdded(this, 0, customers.size() - 1);
        }
    }

    int indexOf(long customerId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == customerId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getSize() {
        return shown.size();
    }

    @Override
    public CustomerSummary getElementAt(int index) {
        return shown.get(index);
    }
}
