package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.MailDomain;

import javax.swing.table.AbstractTableModel;
import java.util.List;

/** The open customer's domains: name in Unicode, provider, default servers, user name, mailbox count. */
final class DomainTableModel extends AbstractTableModel {

    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"domain", "provider", "incoming", "outgoing", "username", "mailboxes"};

    private final transient Messages messages;
    private final transient SettingsText text;
    private transient List<MailDomain> domains = List.of();
    private transient CustomerFile file;

    DomainTableModel(Messages messages) {
        this.messages = messages;
        this.text = new SettingsText(messages);
    }

    void show(CustomerFile customer) {
        file = customer;
        domains = customer == null ? List.of() : customer.domains();
        fireTableDataChanged();
    }

    MailDomain domainAt(int row) {
        return domains.get(row);
    }

    int rowOf(long domainId) {
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).id() == domainId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return domains.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("domains.column." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 5 ? Long.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        MailDomain domain = domains.get(row);
        return switch (column) {
            case 0 -> domain.name().unicode();
            case 1 -> domain.provider();
            case 2 -> text.type(domain.defaults()) + " " + text.incoming(domain.defaults());
            case 3 -> text.outgoing(domain.defaults());
            case 4 -> text.username(domain.defaults().usernameFormat());
            default -> file.mailboxCount(domain);
        };
    }
}
