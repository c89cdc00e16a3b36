package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.directory.CustomerSummary;
import net.miginfocom.swing.MigLayout;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The left side: the search field and the customers it lets through. Filtering runs on the EDT
 * over the in-memory {@link CustomerIndex} (a few milliseconds even for 5,000 customers).
 */
public final class CustomerListPanel {

    private final Messages messages;
    private final JPanel panel = new JPanel(new MigLayout("insets 6, fill, hidemode 3", "[grow,fill]", "[][grow,fill][]"));
    private final JTextField search = new JTextField();
    private final CustomerListModel model = new CustomerListModel();
    private final JList<CustomerSummary> list = new JList<>(model);
    private final JLabel noMatches = Widgets.label("noMatches", "");
    private CustomerIndex index = new CustomerIndex(List.of(), Locale.ROOT);
    private Consumer<Optional<CustomerSummary>> selectionListener = c -> { };
    private Runnable filterListener = () -> { };
    private boolean showing;

    public CustomerListPanel(Messages messages) {
        this.messages = messages;
        search.setName("search");
        search.putClientProperty("JTextField.placeholderText", messages.get("search.placeholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        search.putClientProperty("JTextField.leadingIcon", new com.formdev.flatlaf.icons.FlatSearchIcon());
        search.getAccessibleContext().setAccessibleName(messages.get("search.accessibleName"));
        search.setToolTipText(messages.get("search.tooltip"));
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { applyFilter(); }
            @Override public void removeUpdate(DocumentEvent e) { applyFilter(); }
            @Override public void changedUpdate(DocumentEvent e) { applyFilter(); }
        });
        bindKey(search, "DOWN", "toList", () -> {
            if (model.getSize() > 0) {
                list.requestFocusInWindow();
                if (list.getSelectedIndex() < 0) {
                    list.setSelectedIndex(0);
                }
            }
        });
        // Esc empties the search (the whole list again); the clear button does the same by mouse.
        bindKey(search, "ESCAPE", "clearSearch", () -> search.setText(""));
        bindKey(search, "ENTER", "toListEnter", () -> {
            if (model.getSize() > 0) {
                list.setSelectedIndex(Math.max(0, list.getSelectedIndex()));
                list.requestFocusInWindow();
            }
        });

        list.setName("customerList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new CustomerCell(messages));
        // Cells sized from one sample: else JList renders every one of thousands of customers to find
        // the widest, which cost the first list a noticeable part of the console's start. Longer
        // names end in "…" (the pane is as wide as the technician made it) instead of a sideways scroll bar.
        list.setPrototypeCellValue(new CustomerSummary(0, "Boulangerie-Pâtisserie Dupont", "Jean Dupont", 12, 0, ""));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !showing) {
                selectionListener.accept(Optional.ofNullable(list.getSelectedValue()));
            }
        });
        noMatches.setForeground(UIManager.getColor("Label.disabledForeground"));

        panel.add(search, "wrap");
        JScrollPane scroll = new JScrollPane(list);
        scroll.setName("customerScroll");
        panel.add(scroll, "wrap");
        panel.add(noMatches);
        noMatches.setVisible(false);
    }

    public JComponent component() {
        return panel;
    }

    public void onSelection(Consumer<Optional<CustomerSummary>> listener) {
        selectionListener = listener;
    }

    /** Called whenever the customers shown change (a new index, a new search). */
    public void onFilter(Runnable listener) {
        filterListener = listener;
    }

    /** How many customers the search lets through. */
    public int shownCount() {
        return model.getSize();
    }

    /** The list and the search field, for the window's keyboard order. */
    public JComponent searchField() {
        return search;
    }

    public JComponent list() {
        return list;
    }

    /** Enter and F2 open, Delete deletes, the context menu offers the customer actions. */
    public void bind(Action open, Action delete, JPopupMenu popup) {
        bindKey(list, "ENTER", "open", () -> open.actionPerformed(null));
        bindKey(list, "F2", "edit", () -> open.actionPerformed(null));
        bindKey(list, "DELETE", "delete", () -> delete.actionPerformed(null));
        RowMouse.install(list, list::locationToIndex, list::setSelectedIndex, open, popup);
    }

    /** Shows a freshly loaded index, keeping the search text and selecting {@code selectId} if shown. */
    public void setIndex(CustomerIndex newIndex, Optional<Long> selectId) {
        index = newIndex;
        showing = true;
        try {
            applyFilter();
            selectId.ifPresent(this::select);
        } finally {
            showing = false;
        }
    }

    /** As {@link #setIndex}, then the first customer shown when {@code selectId} is not, without notifying (the caller opens it). */
    public void showIndex(CustomerIndex newIndex, Optional<Long> selectId) {
        setIndex(newIndex, selectId);
        if (selected().isEmpty()) {
            selectFirst();
        }
    }

    /** Selects the first customer shown, without notifying (the caller opens it). */
    public void selectFirst() {
        if (model.getSize() > 0) {
            showing = true;
            try {
                list.setSelectedIndex(0);
            } finally {
                showing = false;
            }
        }
    }

    public CustomerIndex index() {
        return index;
    }

    /** Selects the customer if the filter shows it; returns whether it did. */
    public boolean select(long customerId) {
        int row = model.indexOf(customerId);
        if (row >= 0) {
            list.setSelectedIndex(row);
            list.ensureIndexIsVisible(row);
        }
        return row >= 0;
    }

    public Optional<CustomerSummary> selected() {
        return Optional.ofNullable(list.getSelectedValue());
    }

    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    private void applyFilter() {
        Optional<CustomerSummary> before = selected();
        List<CustomerSummary> shown = index.filter(search.getText());
        boolean wasShowing = showing;
        showing = true;
        try {
            model.show(shown);
            before.ifPresent(c -> {
                int row = model.indexOf(c.id());
                if (row >= 0) {
                    list.setSelectedIndex(row);
                }
            });
        } finally {
            showing = wasShowing;
        }
        boolean nothing = shown.isEmpty() && index.size() > 0;
        // Until the start-up's quick index is completed, addresses and domains are not searched yet: say so.
        noMatches.setText(nothing ? messages.format(index.isComplete() ? "search.noMatches" : "search.noMatchesYet",
                search.getText().strip()) : "");
        noMatches.setVisible(nothing);
        filterListener.run();
        if (!showing && list.getSelectedValue() == null) {
            // The open customer was filtered out: open the best match instead, or show that none is open.
            if (!shown.isEmpty()) {
                list.setSelectedIndex(0);
            } else if (before.isPresent()) {
                selectionListener.accept(Optional.empty());
            }
        }
    }

    private static void bindKey(JComponent component, String key, String name, Runnable command) {
        component.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name);
        component.getActionMap().put(name, new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                command.run();
            }
        });
    }

    /** One customer: name, contact and mailbox count, and a warning mark when a mailbox is failing. */
    private static final class CustomerCell implements javax.swing.ListCellRenderer<CustomerSummary> {
        private final Messages messages;
        private final JPanel cell = new JPanel(new BorderLayout(6, 0));
        private final JLabel name = new JLabel();
        private final JLabel detail = new JLabel();
        private final JLabel mark = new JLabel();

        CustomerCell(Messages messages) {
            this.messages = messages;
            JPanel text = new JPanel(new MigLayout("insets 3 6 3 2, gap 0, novisualpadding", "[grow,fill]", "[]0[]"));
            text.setOpaque(false);
            text.add(name, "wrap");
            text.add(detail);
            Widgets.smaller(detail);
            cell.add(text, BorderLayout.CENTER);
            cell.add(mark, BorderLayout.EAST);
            mark.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, 0, 8));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends CustomerSummary> list, CustomerSummary customer,
                                                      int index, boolean selected, boolean focused) {
            name.setText(customer.name());
            String mailboxes = messages.format("customer.mailboxCount", customer.mailboxCount());
            detail.setText(customer.contactPerson().isEmpty() ? mailboxes : customer.contactPerson() + " · " + mailboxes);
            mark.setText(customer.needsAttention() ? "⚠ " + customer.failingCount() : "");
            // JList shows the tooltip of the renderer component itself, so it goes on the whole cell.
            cell.setToolTipText(customer.needsAttention() ? messages.format("customer.failing", customer.failingCount()) : null);
            cell.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            detail.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            mark.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Actions.Red"));
            cell.setOpaque(true);
            return cell;
        }
    }
}
