package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;

import javax.swing.table.AbstractTableModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The open customer's mailboxes with the settings that apply to each and its last check. */
final class MailboxTableModel extends AbstractTableModel {

    static final int LAST_CHECK = 0;
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"checked", "address", "type", "incoming", "outgoing", "username"};

    private final transient Messages messages;
    private final transient SettingsText text;
    private final transient Clock clock;
    private transient List<Mailbox> mailboxes = List.of();
    private transient CustomerFile file;

    MailboxTableModel(Messages messages, Clock clock) {
        this.messages = messages;
        this.text = new SettingsText(messages);
        this.clock = clock;
    }

    void show(CustomerFile customer) {
        file = customer;
        mailboxes = customer == null ? List.of() : customer.mailboxes();
        fireTableDataChanged();
    }

    Mailbox mailboxAt(int row) {
        return mailboxes.get(row);
    }

    int rowOf(long mailboxId) {
        for (int i = 0; i < mailboxes.size(); i++) {
            if (mailboxes.get(i).id() == mailboxId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return mailboxes.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("mailboxes.column." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == LAST_CHECK ? LastCheckCell.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Mailbox mailbox = mailboxes.get(row);
        MailDomain domain = file.domain(mailbox.domainId()).orElseThrow();
        ServerSettings settings = mailbox.effectiveSettings(domain);
        return switch (column) {
            case LAST_CHECK -> new LastCheckCell(file.status(mailbox, clock.instant()), mailbox.lastCheck());
            case 1 -> mailbox.address().unicode();
            case 2 -> text.type(settings);
            case 3 -> text.incoming(settings);
            case 4 -> text.outgoing(settings);
            default -> text.username(settings.usernameFormat());
        };
    }

    /** The status and time of the last check; sorts failing first, then stale, and by time within each. */
    record LastCheckCell(CheckStatus status, Optional<LastCheck> check) implements Comparable<LastCheckCell> {
        @Override
        public int compareTo(LastCheckCell other) {
            int byStatus = Integer.compare(rank(status), rank(other.status));
            if (byStatus != 0) {
                return byStatus;
            }
            long mine = check.map(c -> c.at().toEpochMilli()).orElse(Long.MIN_VALUE);
            long theirs = other.check.map(c -> c.at().toEpochMilli()).orElse(Long.MIN_VALUE);
            return Long.compare(mine, theirs);
        }

        private static int rank(CheckStatus status) {
            return switch (status) {
                case FAILING -> 0;
                case STALE -> 1;
                case NEEDS_PASSWORD -> 2;
                case NEVER_CHECKED -> 3;
                case VERIFIED -> 4;
            };
        }
    }
}
