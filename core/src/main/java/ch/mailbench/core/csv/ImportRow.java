package ch.mailbench.core.csv;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;

import java.util.Optional;

/**
 * One valid line of an import file. Optional fields are empty when the file has no such column
 * (an existing mailbox then keeps its value); the password is empty when its cell is empty too,
 * so re-importing an export made without passwords never deletes one. The sheet language is the
 * customer's: empty leaves an existing customer's as it is and gives a new one the default.
 */
record ImportRow(long line, String customer, DomainName domain, EmailAddress email, Optional<String> displayName,
                 Optional<ServerSettings> settings, Optional<String> password, Optional<String> notes,
                 Optional<SheetLanguage> sheetLanguage) {

    @Override
    public String toString() {
        return "ImportRow[line " + line + ", " + email + "]";
    }
}
