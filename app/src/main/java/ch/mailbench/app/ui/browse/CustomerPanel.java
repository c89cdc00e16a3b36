package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.action.ConsoleSelection;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.Customer;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.TableRowSorter;
import java.awt.CardLayout;
import java.awt.event.ActionEvent;
import java.time.Clock;
import java.util.Optional;

/**
 * The right side: the open customer's contact details, its domains and its mailboxes; or, when
 * no customer is open, a hint that says what to do.
 */
public final class CustomerPanel {

    private static final String EMPTY = "empty";
    private static final String CUSTOMER = "customer";
    /** The sort arrow FlatLaf paints beside a sorted column's header text. */
    private static final int HEADER_SORT_ROOM = 10;

    private final Messages messages;
    private final ConsoleSelection selection;
    private final CardLayout cards = new CardLayout();
    private final JPanel panel = new JPanel(cards);
    private final JLabel emptyHint = Widgets.label("emptyHint", "");
    private final JLabel name = Widgets.label("customerName", "");
    private final JLabel contact = Widgets.label("customerContact", "");
    private final JLabel notes = Widgets.label("customerNotes", "");
    private final JLabel domainsHeading;
    private final JLabel mailboxesHeading;
    private final JLabel domainsEmpty;
    private final JLabel mailboxesEmpty;
    private final ListTableModel<CustomerTables.DomainRow> domainModel;
    private final ListTableModel<CustomerTables.MailboxRow> mailboxModel;
    private final JTable domainTable;
    private final JTable mailboxTable;
    private final JScrollPane domainScroll;
    private final JScrollPane mailboxScroll;
    private final JSplitPane split;
    private final JPanel details;
    /** Holds the split as its first tab once a feature adds a tab of its own; until then not shown. */
    private final JTabbedPane tabs = new JTabbedPane();
    private boolean showing;

    public CustomerPanel(Messages messages, Clock clock, ConsoleSelection selection) {
        this.messages = messages;
        this.selection = selection;
        domainModel = CustomerTables.domains(messages);
        mailboxModel = CustomerTables.mailboxes(messages, clock);
        domainTable = table("domainTable", domainModel);
        mailboxTable = table("mailboxTable", mailboxModel);
        mailboxTable.setDefaultRenderer(LastCheckCell.class,
                StatusCells.lastCheck(messages, new RelativeTime(messages, clock)));
        widths(domainTable, 160, 95, 275, 235, 100, 75);
        widths(mailboxTable, 165, 240, 240, 180, 110, 110);
        fitHeaders(domainTable);
        fitHeaders(mailboxTable);
        domainScroll = new JScrollPane(domainTable);
        mailboxScroll = new JScrollPane(mailboxTable);
        domainsHeading = Widgets.heading("domainsHeading", "");
        mailboxesHeading = Widgets.heading("mailboxesHeading", "");
        domainsEmpty = hint("domainsEmpty", messages.get("domains.empty"));
        mailboxesEmpty = hint("mailboxesEmpty", "");

        domainTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !showing) {
                selection.setDomain(selectedRow(domainTable).map(domainModel::rowAt).map(CustomerTables.DomainRow::domain));
            }
        });
        mailboxTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !showing) {
                selection.setMailbox(selectedRow(mailboxTable).map(mailboxModel::rowAt).map(CustomerTables.MailboxRow::mailbox));
            }
        });

        emptyHint.setHorizontalAlignment(JLabel.CENTER);
        emptyHint.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel empty = new JPanel(new MigLayout("fill", "[center]", "[center]"));
        empty.add(emptyHint);

        name.putClientProperty("FlatLaf.styleClass", "h2");
        notes.setForeground(UIManager.getColor("Label.disabledForeground"));
        split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, section(domainsHeading, domainScroll, domainsEmpty),
                section(mailboxesHeading, mailboxScroll, mailboxesEmpty));
        split.setName("detailSplit");
        // Neither section may be squeezed below a heading and a couple of rows, whatever the divider did before.
        split.getTopComponent().setMinimumSize(new java.awt.Dimension(200, 110));
        split.getBottomComponent().setMinimumSize(new java.awt.Dimension(200, 150));
        split.setResizeWeight(0.3);
        split.setBorder(null);
        details = new JPanel(new MigLayout("insets 10 12 6 12, fill, hidemode 3", "[grow,fill]", "[][][][grow,fill]"));
        details.add(name, "wrap");
        details.add(contact, "wrap");
        details.add(notes, "wrap");
        details.add(split, "gaptop 8");
        tabs.setName("customerTabs");

        panel.add(empty, EMPTY);
        panel.add(details, CUSTOMER);
        cards.show(panel, EMPTY);
    }

    public JComponent component() {
        return panel;
    }

    public JSplitPane split() {
        return split;
    }

    /** Adds a tab after "Domains and mailboxes" (the first added tab makes the view tabbed). */
    public void addTab(String componentName, String title, JComponent content) {
        if (tabs.getTabCount() == 0) {
            details.remove(split);
            tabs.addTab(messages.get("customer.tab.details"), split);
            details.add(tabs, "gaptop 8");
            details.revalidate();
        }
        content.setName(componentName);
        tabs.addTab(title, content);
    }

    /** Puts a button (e.g. "Add domain…") next to the heading of the domains or mailboxes section. */
    public void addSectionButton(boolean domains, String name, Action action) {
        JPanel section = (JPanel) (domains ? split.getTopComponent() : split.getBottomComponent());
        section.add(Widgets.button(name, action), "cell 1 0, right");
    }

    /** The domain and mailbox tables, for the window's keyboard order. */
    public JTable domainTable() {
        return domainTable;
    }

    public JTable mailboxTable() {
        return mailboxTable;
    }

    /** Enter, F2 and double-click open the row, Delete deletes it, right-click shows the pop-up. */
    public void bindDomainRows(Action open, Action delete, JPopupMenu popup) {
        bindRows(domainTable, open, delete, popup);
    }

    public void bindMailboxRows(Action open, Action delete, JPopupMenu popup) {
        bindRows(mailboxTable, open, delete, popup);
    }

    /** Shows the hint when no customer is open. */
    public void showHint(String hint) {
        emptyHint.setText(hint);
        cards.show(panel, EMPTY);
    }

    /** Shows {@code file}, keeping the selected domain and mailbox when they still exist. */
    public void show(CustomerFile file) {
        Optional<Long> domainId = selection.domain().map(d -> d.id());
        Optional<Long> mailboxId = selection.mailbox().map(m -> m.id());
        boolean sameCustomer = selection.customer().map(c -> c.customer().id() == file.customer().id()).orElse(false);
        Customer customer = file.customer();
        emptyHint.setText("");
        name.setText(customer.name());
        contact.setText(contactLine(customer));
        notes.setText(customer.notes());
        notes.setVisible(!customer.notes().isEmpty());
        domainsHeading.setText(messages.format("domains.heading", file.domains().size()));
        mailboxesHeading.setText(messages.format("mailboxes.heading", file.mailboxes().size()));
        mailboxesEmpty.setText(messages.get(file.domains().isEmpty() ? "mailboxes.empty.noDomain" : "mailboxes.empty"));
        showing = true;
        try {
            domainModel.show(CustomerTables.domainRows(file));
            mailboxModel.show(CustomerTables.mailboxRows(file));
            fitColumn(mailboxTable, CustomerTables.ADDRESS_COLUMN);
            fitColumn(mailboxTable, CustomerTables.CHECK_COLUMN);
            fitColumn(mailboxTable, CustomerTables.PASSWORD_COLUMN);
            fitColumn(domainTable, CustomerTables.DOMAIN_COLUMN);
        } finally {
            showing = false;
        }
        domainScroll.setVisible(!file.domains().isEmpty());
        domainsEmpty.setVisible(file.domains().isEmpty());
        mailboxScroll.setVisible(!file.mailboxes().isEmpty());
        mailboxesEmpty.setVisible(file.mailboxes().isEmpty());
        cards.show(panel, CUSTOMER);
        selection.setCustomer(Optional.of(file));
        if (sameCustomer) {
            domainId.ifPresent(id -> reselect(domainTable, domainModel.indexOf(row -> row.domain().id() == id)));
            mailboxId.ifPresent(id -> reselect(mailboxTable, mailboxModel.indexOf(row -> row.mailbox().id() == id)));
        }
        panel.revalidate();
    }

    private String contactLine(Customer customer) {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {customer.contactPerson(), customer.phone(), customer.email()}) {
            if (!part.isEmpty()) {
                line.append(line.length() > 0 ? "  ·  " : "").append(part);
            }
        }
        line.append(line.length() > 0 ? "  ·  " : "").append(messages.format("customer.sheets",
                messages.get("language." + customer.sheetLanguage().name())));
        return line.toString();
    }

    /**
     * The address column is never narrower than the longest address (it is what the technician reads
     * first), nor the domain column than the longest domain or the status column than its longest
     * status; other columns give way, and a cut cell shows its whole text in its tooltip.
     */
    private static void fitColumn(JTable table, int column) {
        int widest = 0;
        for (int row = 0; row < table.getRowCount(); row++) {
            widest = Math.max(widest, table.prepareRenderer(table.getCellRenderer(row, column), row, column).getPreferredSize().width);
        }
        table.getColumnModel().getColumn(column).setMinWidth(Math.max(headerWidth(table, column), Math.min(widest + 8, 420)));
    }

    /**
     * No column is narrower than its header ("Postausgang (SMTP)", "Benutzername"), with room for the
     * sort arrow: a cut header is a guess the technician has to hover for.
     */
    private static void fitHeaders(JTable table) {
        for (int column = 0; column < table.getColumnCount(); column++) {
            table.getColumnModel().getColumn(column).setMinWidth(headerWidth(table, column));
        }
    }

    private static int headerWidth(JTable table, int column) {
        Object title = table.getColumnModel().getColumn(column).getHeaderValue();
        return table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table, title, false, false, -1, column)
                .getPreferredSize().width + HEADER_SORT_ROOM;
    }

    private static void reselect(JTable table, int modelRow) {
        if (modelRow >= 0) {
            int viewRow = table.convertRowIndexToView(modelRow);
            table.setRowSelectionInterval(viewRow, viewRow);
            table.scrollRectToVisible(table.getCellRect(viewRow, 0, true));
        }
    }

    private static Optional<Integer> selectedRow(JTable table) {
        int view = table.getSelectedRow();
        return view < 0 ? Optional.empty() : Optional.of(table.convertRowIndexToModel(view));
    }

    private static JTable table(String name, javax.swing.table.TableModel model) {
        JTable table = new FullTextTable(model);
        table.setName(name);
        // Tab and Shift+Tab leave the table (to the next part of the window) instead of walking its cells.
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke("TAB")));
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke("shift TAB")));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowSorter(new TableRowSorter<>(model));
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(true);
        table.setRowHeight(table.getRowHeight() + 6);
        table.getTableHeader().setReorderingAllowed(false);
        return table;
    }

    private static void widths(JTable table, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private JLabel hint(String name, String text) {
        JLabel label = Widgets.label(name, text);
        label.setForeground(UIManager.getColor("Label.disabledForeground"));
        return label;
    }

    private static JPanel section(JLabel heading, JScrollPane table, JLabel empty) {
        JPanel section = new JPanel(new MigLayout("insets 4 0 4 0, fill, hidemode 3", "[grow,fill][]", "[][][grow,fill]"));
        section.add(heading, "cell 0 0");
        section.add(empty, "cell 0 1 2 1");
        section.add(table, "cell 0 2 2 1");
        return section;
    }

    private static void bindRows(JTable table, Action open, Action delete, JPopupMenu popup) {
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke("ENTER"), "openRow");
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "openRow");
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("DELETE"), "deleteRow");
        // F2 edits the row in its dialog (the cells themselves are not editable).
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke("F2"), "openRow");
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("F2"), "openRow");
        table.getActionMap().put("openRow", forward(open));
        table.getActionMap().put("deleteRow", forward(delete));
        RowMouse.install(table, table::rowAtPoint, row -> table.setRowSelectionInterval(row, row), open, popup);
    }

    private static Action forward(Action action) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.actionPerformed(e);
            }
        };
    }
}
