package ch.mailbench.app.selftest;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.sample.SampleData;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.vault.Vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The checks on the self-test's own database (a temporary file): {@link #database()} creates and
 * fills it, {@link #vault()} (run after it) uses the customer it wrote. One class, as both open the
 * same file the same way.
 */
public final class DatabaseChecks {

    static final int MAILBOXES = 3;
    private static final String MASTER_PASSWORD = "selftest master password";

    private final Function<Path, Workbench> open;
    private final Path file;

    public DatabaseChecks(Function<Path, Workbench> open, Path file) {
        this.open = open;
        this.file = file;
    }

    /**
     * The embedded database: creates and migrates the file, writes a customer with its domain and
     * mailboxes in one transaction and reads them back through the console's queries.
     */
    public SelfCheck database() {
        return SelfCheck.of("database", () -> {
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
        });
    }

    /**
     * The vault's crypto: a master password set up (PBKDF2), a mailbox password stored (AES-GCM),
     * the vault locked, unlocked and the password read back.
     */
    public SelfCheck vault() {
        return SelfCheck.of("vault", () -> {
            Workbench workbench = open.apply(file);
            CustomerIndex index = workbench.directory().loadIndex(Locale.ROOT);
            long mailbox = workbench.directory().open(index.all().get(0).id())
                    .orElseThrow(() -> new IOException("the self-test customer is missing")).mailboxes().get(0).id();
            char[] secret = "Selftest-Mailbox-Password-1".toCharArray();
            Vault vault = workbench.vault();
            vault.setUp(MASTER_PASSWORD.toCharArray(), Duration.ofMinutes(1));
            vault.storePassword(mailbox, secret);
            vault.lock();
            vault.unlock(MASTER_PASSWORD.toCharArray());
            char[] read = vault.password(mailbox).orElseThrow(() -> new IOException("the stored password is gone"));
            if (!Arrays.equals(secret, read)) {
                throw new IOException("the password read back differs from the one stored");
            }
            return "master password set up (PBKDF2-HMAC-SHA256), a password stored (AES-256-GCM), locked, unlocked and read back";
        });
    }
}
