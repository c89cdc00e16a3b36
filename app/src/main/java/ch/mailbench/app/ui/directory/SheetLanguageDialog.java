package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.model.SheetLanguage;

import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import java.awt.Window;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Customer → Sheet language…: one language for the sheets of several customers at once, chosen in
 * a list of every customer (Ctrl/Shift-click, Ctrl+A or "All"); the open customer comes chosen.
 * Saved in one transaction, so the history shows one operation and one Undo reverts it.
 */
public final class SheetLanguageDialog extends FormDialog<SheetLanguageForm> {

    private final JList<CustomerSummary> list;

    /** @param customers every customer, in list order; those named in the form come selected */
    public SheetLanguageDialog(Window owner, SheetLanguageForm form, List<CustomerSummary> customers, Messages messages,
                               Saver<SheetLanguageForm> saver) {
        super(owner, "sheetLanguageDialog", messages.get("sheetLanguage.title"), form, messages, saver);
        list = new JList<>(customers.toArray(CustomerSummary[]::new));
        list.setName(SheetLanguageForm.CUSTOMERS);
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setVisibleRowCount(Math.min(12, Math.max(4, customers.size())));
        list.setSelectedIndices(IntStream.range(0, customers.size())
                .filter(i -> form.customers().contains(customers.get(i).name())).toArray());
        if (list.getSelectedIndex() >= 0) {
            list.ensureIndexIsVisible(list.getSelectedIndex());
        }
        list.addListSelectionListener(e -> form.setCustomers(list.getSelectedValuesList().stream()
                .map(CustomerSummary::name).toList()));
        JButton all = Widgets.button("selectAll", messages.get("sheetLanguage.all"),
                e -> list.setSelectionInterval(0, customers.size() - 1));
        JScrollPane scroll = new JScrollPane(list);
        row(messages.get("sheetLanguage.customers"), scroll, SheetLanguageForm.CUSTOMERS);
        rows.add(all, "skip 1, growx 0, left");
        row(messages.get("customer.language"), binder.combo(SheetLanguageForm.LANGUAGE, List.of(SheetLanguage.values()),
                form::setLanguage, l -> messages.get("language." + l.name())), null);
    }
}
