package ch.mailbench.persistence;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.vault.EncryptedSecret;
import ch.mailbench.core.vault.KdfParameters;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultHeader;
import ch.mailbench.core.vault.VaultLockedException;
import ch.mailbench.core.vault.VaultPasswordSource;
import ch.mailbench.core.vault.VaultState;
import ch.mailbench.core.vault.WrongMasterPasswordException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ch.mailbench.persistence.testing.Backend;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vault over a real SQLite file and a real PostgreSQL database (header and secrets shared by a team).
 * Tests use a small PBKDF2 work factor to stay fast, except where the factor is the point.
 */
class VaultTest extends BothDialects {

    private static final int FAST = 1_000;
    private static final char[] MASTER = "correct horse battery".toCharArray();
    private static final char[] OTHER_MASTER = "another long master".toCharArray();
    private static final String MARIE_PASSWORD = "Croissant-7fq9-Marie";
    private static final String PAUL_PASSWORD = "Baguette§Paul-2x8k";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private Path file;
    private Database database;
    private JooqStore store;
    private Mailbox marie;
    private Mailbox paul;

    @BeforeEach
    void createMailboxes() {
        file = folder.resolve("mailbench.db");
        database = databases.open("mailbench.db", clock);
        store = new JooqStore(database);
        Repositories repositories = store.repositories();
        Customer dupont = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, dupont, "bakery-dupont.ch");
        marie = TestData.mailbox(repositories, domain, "marie");
        paul = TestData.mailbox(repositories, domain, "paul");
    }

    private Vault vault() {
        return new Vault(store, clock, new SecureRandom(), FAST);
    }

    private Vault setUpVaultWithTwoPasswords() {
        Vault vault = vault();
        vault.setUp(MASTER, Duration.ofMinutes(15));
        vault.storePassword(marie.id(), MARIE_PASSWORD.toCharArray());
        vault.storePassword(paul.id(), PAUL_PASSWORD.toCharArray());
        return vault;
    }

    @Test
    void storesAndReturnsPasswordsOnceUnlocked() {
        Vault vault = vault();
        assertThat(vault.state()).isEqualTo(VaultState.NOT_SET_UP);
        setUpVaultWithTwoPasswords();

        Vault restarted = vault();
        assertThat(restarted.state()).isEqualTo(VaultState.LOCKED);
        assertThat(restarted.hasPassword(marie.id())).isTrue();
        assertThatThrownBy(() -> restarted.password(marie.id())).isInstanceOf(VaultLockedException.class);

        restarted.unlock(MASTER);

        assertThat(restarted.state()).isEqualTo(VaultState.UNLOCKED);
        assertThat(restarted.password(marie.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(MARIE_PASSWORD.toCharArray()));
        assertThat(restarted.password(paul.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(PAUL_PASSWORD.toCharArray()));
    }

    @Test
    void everySecretGetsItsOwnNonce() {
        Vault vault = vault();
        vault.setUp(MASTER, Duration.ofMinutes(15));
        vault.storePassword(marie.id(), "same password".toCharArray());
        vault.storePassword(paul.id(), "same password".toCharArray());

        Map<Long, EncryptedSecret> stored = store.repositories().secrets().findAll();

        assertThat(stored.get(marie.id()).nonce()).isNotEqualTo(stored.get(paul.id()).nonce());
        assertThat(stored.get(marie.id()).ciphertext()).isNotEqualTo(stored.get(paul.id()).ciphertext());
    }

    @Test
    void theDatabaseFileAndItsWriteAheadLogHoldNoPassword() throws Exception {
        Assumptions.assumeTrue(backend == Backend.SQLITE, "about SQLite's file and its log");
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        // While any connection stays open SQLite keeps the log instead of folding it into the file on close.
        try (Connection holdsTheLog = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = holdsTheLog.createStatement()) {
            statement.execute("SELECT count(*) FROM mailbox");
            Vault vault = setUpVaultWithTwoPasswords();
            vault.changeMasterPassword(MASTER, OTHER_MASTER);
            TestData.customer(store.repositories(), "Garage Meier");
            assertThat(wal).exists();
            assertHoldsNoPassword(wal);
            assertHoldsNoPassword(file);
            assertThat(indexOf(Files.readAllBytes(wal), "Garage Meier".getBytes(StandardCharsets.UTF_8)))
                    .as("the scan finds plain data, so it would find a plain password").isNotNegative();
        }
        assertHoldsNoPassword(file);
    }

    private static void assertHoldsNoPassword(Path written) throws Exception {
        byte[] bytes = Files.readAllBytes(written);
        for (String password : new String[] {MARIE_PASSWORD, PAUL_PASSWORD, new String(MASTER), new String(OTHER_MASTER)}) {
            assertThat(indexOf(bytes, password.getBytes(StandardCharsets.UTF_8))).as(written + " holds " + password + " in UTF-8").isNegative();
            assertThat(indexOf(bytes, password.getBytes(StandardCharsets.UTF_16LE))).as(written + " holds it in UTF-16LE").isNegative();
            assertThat(indexOf(bytes, password.getBytes(StandardCharsets.UTF_16BE))).as(written + " holds it in UTF-16BE").isNegative();
        }
    }

    @Test
    void aWrongMasterPasswordDecryptsNothingAndChangesNothing() throws Exception {
        setUpVaultWithTwoPasswords();
        Optional<VaultHeader> headerBefore = store.repositories().secrets().header();
        Map<Long, EncryptedSecret> secretsBefore = store.repositories().secrets().findAll();
        Vault restarted = vault();

        assertThatThrownBy(() -> restarted.unlock("wrong master password".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class)
                .hasMessage("The master password is wrong; nothing was decrypted or changed");
        assertThatThrownBy(() -> restarted.changeMasterPassword("wrong master password".toCharArray(), OTHER_MASTER))
                .isInstanceOf(WrongMasterPasswordException.class);

        assertThat(restarted.state()).isEqualTo(VaultState.LOCKED);
        assertThatThrownBy(() -> restarted.password(marie.id())).isInstanceOf(VaultLockedException.class);
        assertThat(store.repositories().secrets().header()).isEqualTo(headerBefore);
        assertThat(store.repositories().secrets().findAll()).isEqualTo(secretsBefore);
    }

    @Test
    void changingTheMasterPasswordKeepsEverySecretReadable() {
        Vault vault = setUpVaultWithTwoPasswords();
        Map<Long, EncryptedSecret> before = store.repositories().secrets().findAll();

        vault.changeMasterPassword(MASTER, OTHER_MASTER);

        Map<Long, EncryptedSecret> after = store.repositories().secrets().findAll();
        assertThat(after).hasSize(2);
        assertThat(after.get(marie.id())).isNotEqualTo(before.get(marie.id()));
        assertThat(vault.password(marie.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(MARIE_PASSWORD.toCharArray()));
        Vault restarted = vault();
        assertThatThrownBy(() -> restarted.unlock(MASTER)).isInstanceOf(WrongMasterPasswordException.class);
        restarted.unlock(OTHER_MASTER);
        assertThat(restarted.password(marie.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(MARIE_PASSWORD.toCharArray()));
        assertThat(restarted.password(paul.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(PAUL_PASSWORD.toCharArray()));
    }

    @Test
    void aChangeThatCannotDecryptEverySecretChangesNothing() {
        Vault vault = setUpVaultWithTwoPasswords();
        EncryptedSecret paulsSecret = store.repositories().secrets().find(paul.id()).orElseThrow();
        // A ciphertext moved onto another mailbox's row must not decrypt there (it is bound to its mailbox).
        store.repositories().secrets().put(marie.id(), paulsSecret);
        Optional<VaultHeader> headerBefore = store.repositories().secrets().header();

        assertThatThrownBy(() -> vault.password(marie.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be decrypted").hasMessageNotContaining(PAUL_PASSWORD);
        assertThatThrownBy(() -> vault.changeMasterPassword(MASTER, OTHER_MASTER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was changed");

        assertThat(store.repositories().secrets().header()).isEqualTo(headerBefore);
        assertThat(store.repositories().secrets().find(paul.id())).contains(paulsSecret);
    }

    @Test
    void locksItselfAfterTheIdleTime() {
        Vault vault = setUpVaultWithTwoPasswords();
        vault.setIdleLock(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(4));
        assertThat(vault.password(marie.id())).isPresent();
        clock.advance(Duration.ofMinutes(4));
        assertThat(vault.lockIfIdle()).as("used 4 minutes ago").isFalse();
        clock.advance(Duration.ofMinutes(1));

        assertThat(vault.lockIfIdle()).isTrue();
        assertThat(vault.isUnlocked()).isFalse();
        assertThat(vault().idleLock()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aForgottenMasterPasswordCostsTheSecretsButNothingElse() {
        setUpVaultWithTwoPasswords();
        Vault restarted = vault();

        restarted.resetWithNewMasterPassword(OTHER_MASTER);

        assertThat(restarted.hasPassword(marie.id())).isFalse();
        assertThat(store.repositories().mailboxes().count()).isEqualTo(2);
        restarted.storePassword(marie.id(), "re-entered".toCharArray());
        Vault again = vault();
        again.unlock(OTHER_MASTER);
        assertThat(again.password(marie.id())).hasValueSatisfying(p -> assertThat(p).containsExactly("re-entered".toCharArray()));
    }

    @Test
    void anotherInstanceChangingTheMasterPasswordLocksThisOne() {
        Vault first = setUpVaultWithTwoPasswords();
        Vault second = new Vault(new JooqStore(databases.open("mailbench.db", clock)), clock, new SecureRandom(), FAST);
        second.unlock(MASTER);

        first.changeMasterPassword(MASTER, OTHER_MASTER);

        assertThatThrownBy(() -> second.password(marie.id())).isInstanceOf(VaultLockedException.class);
        assertThat(second.isUnlocked()).isFalse();
        assertThatThrownBy(() -> second.changeMasterPassword(MASTER, "third master pw".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        second.unlock(OTHER_MASTER);
        assertThat(second.password(paul.id())).isPresent();
    }

    @Test
    void aStaleInstanceCannotWriteUnderItsOutdatedKey() {
        Vault first = setUpVaultWithTwoPasswords();
        Vault second = new Vault(new JooqStore(databases.open("mailbench.db", clock)), clock, new SecureRandom(), FAST);
        second.unlock(MASTER);
        first.changeMasterPassword(MASTER, OTHER_MASTER);

        assertThatThrownBy(() -> second.storePassword(marie.id(), "typed in the second window".toCharArray()))
                .isInstanceOf(VaultLockedException.class);
        assertThat(first.password(marie.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(MARIE_PASSWORD.toCharArray()));
    }

    @Test
    void raisesAnOldWorkFactorOnUnlock() {
        setUpVaultWithTwoPasswords();
        Vault stronger = new Vault(store, clock, new SecureRandom(), FAST * 2);

        stronger.unlock(MASTER);

        assertThat(store.repositories().secrets().header().orElseThrow().kdf().iterations()).isEqualTo(FAST * 2);
        assertThat(stronger.password(paul.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(PAUL_PASSWORD.toCharArray()));
    }

    @Test
    void unlocksEvenWhenRaisingTheWorkFactorFails() {
        Vault vault = setUpVaultWithTwoPasswords();
        store.repositories().secrets().put(marie.id(), store.repositories().secrets().find(paul.id()).orElseThrow());
        Optional<VaultHeader> before = store.repositories().secrets().header();
        vault.lock();
        Vault stronger = new Vault(store, clock, new SecureRandom(), FAST * 2);

        stronger.unlock(MASTER);

        assertThat(stronger.password(paul.id())).hasValueSatisfying(p -> assertThat(p).containsExactly(PAUL_PASSWORD.toCharArray()));
        assertThat(store.repositories().secrets().header()).isEqualTo(before);
    }

    @Test
    void newVaultsUsePbkdf2WithAtLeast600000IterationsAndARandomSalt() {
        new Vault(store, clock, new SecureRandom(), KdfParameters.RECOMMENDED_ITERATIONS).setUp(MASTER, Duration.ofMinutes(15));

        KdfParameters kdf = store.repositories().secrets().header().orElseThrow().kdf();
        assertThat(kdf.algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(kdf.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(kdf.salt()).hasSize(16).isNotEqualTo(new byte[16]);
    }

    @Test
    void refusesAShortMasterPasswordAndASecondSetUp() {
        Vault vault = vault();
        assertThatThrownBy(() -> vault.setUp("short".toCharArray(), Duration.ofMinutes(1)))
                .hasMessage("The master password needs at least 8 characters");
        vault.setUp(MASTER, Duration.ofMinutes(1));
        assertThatThrownBy(() -> vault.setUp(OTHER_MASTER, Duration.ofMinutes(1))).hasMessage("A master password is already set");
    }

    @Test
    void aRemovedPasswordIsGoneWhileTheOthersStay() {
        Vault vault = setUpVaultWithTwoPasswords();

        assertThat(vault.removePassword(marie.id())).isTrue();

        assertThat(vault.password(marie.id())).isEmpty();
        assertThat(vault.password(paul.id())).isPresent();
        assertThat(vault.removePassword(marie.id())).isFalse();
    }

    @Test
    void aSecretGoesWithItsMailbox() {
        Vault vault = setUpVaultWithTwoPasswords();

        store.repositories().mailboxes().delete(marie);

        assertThat(vault.hasPassword(marie.id())).isFalse();
        assertThat(store.repositories().secrets().count()).isEqualTo(1);
    }

    @Test
    void thePasswordSourceAsksOnceToUnlockAndOnlyWhenAPasswordIsStored() {
        setUpVaultWithTwoPasswords();
        store.repositories().secrets().delete(paul.id());
        Vault restarted = vault();
        AtomicInteger asked = new AtomicInteger();
        VaultPasswordSource source = new VaultPasswordSource(restarted, vault -> {
            asked.incrementAndGet();
            vault.unlock(MASTER);
            return true;
        });

        assertThat(source.passwordFor(paul)).isEmpty();
        assertThat(asked).hasValue(0);
        assertThat(source.passwordFor(marie)).hasValueSatisfying(p -> assertThat(p).containsExactly(MARIE_PASSWORD.toCharArray()));
        assertThat(source.passwordFor(marie)).isPresent();
        assertThat(asked).hasValue(1);
    }

    @Test
    void thePasswordSourceGivesNothingWhenTheVaultStaysLocked() {
        setUpVaultWithTwoPasswords();

        assertThat(new VaultPasswordSource(vault(), UnlockHandler.stayLocked()).passwordFor(marie)).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
