package ch.mailbench.app.selftest;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.vault.Vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The vault's crypto on the self-test's database ({@link DatabaseCheck} runs first): a master
 * password set up (PBKDF2), a mailbox password stored (AES-GCM), the vault locked, unlocked and
 * the password read back.
 */
public final class VaultCheck implements SelfCheck {

    private final Function<Path, Workbench> open;
    private final Path file;

    public VaultCheck(Function<Path, Workbench> open, Path file) {
        this.open = open;
        this.file = file;
    }

    @Override
    public String name() {
        return "vault";
    }

    @Override
    public String run() throws IOException {
        Workbench workbench = open.apply(file);
        CustomerIndex index = workbench.directory().loadIndex(Locale.ROOT);
        long mailbox = workbench.directory().open(index.all().get(0).id())
                .orElseThrow(() -> new IOException("the self-test customer is missing")).mailboxes().get(0).id();
        char[] secret = "Selftest-Mailbox-Password-1".toCharArray();
        Vault vault = workbench.vault();
        vault.setUp("selftest master password".toCharArray(), Duration.ofMinutes(1));
        vault.storePassword(mailbox, secret);
        vault.lock();
        vault.unlock("selftest master password".toCharArray());
        char[] read = vault.password(mailbox).orElseThrow(() -> new IOException("the stored password is gone"));
        if (!Arrays.equals(secret, read)) {
            throw new IOException("the password read back differs from the one stored");
        }
        return "master password set up (PBKDF2-HMAC-SHA256), a password stored (AES-256-GCM), locked, unlocked and read back";
    }
}
