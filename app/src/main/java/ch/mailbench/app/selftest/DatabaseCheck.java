package ch.mailbench.app.selftest;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.sample.SampleData;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.directory.CustomerIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * The embedded database: creates and migrates {@code file} (a temporary one), writes a customer
 * with its domain and mailboxes in one transaction and reads them back through the console's queries.
 */
public final class DatabaseCheck implements SelfCheck {

    static final int MAILBOXES = 3;

    private final Function<Path, Workbench> open;
    private final Path file;

    public DatabaseCheck(Function<Path, Workbench> open, Path file) {
        this.open = open;
        this.file = file;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String run() throws IOException {
        Workbench workbench = open.apply(file);
        new SampleData(14, Instant.now()).write(workbench.store(), 1, MAILBOXES);
        CustomerIndex index = workbench.directory().loadIndex(Locale.ROOT);
        CustomerFile customer = workbench.directory().open(index.all().get(0).id())
                .orElseThrow(() -> new IOException("the customer just written cannot be read back"));
        if (index.size() != 1 || customer.mailboxes().size() != MAILBOXES) {
            throw new IOException("wrote 1 customer with " + MAILBOXES + " mailboxes, read back " + index.size()
                    + " with " + customer.mailboxes().size());
        }
        return "SQLite schema version " + workbench.database().schemaVersion() + " created in a temporary file, "
                + "1 customer with " + MAILBOXES + " mailboxes written and read back";
    }
}
