package ch.mailbench.app;

import ch.mailbench.core.port.PasswordSource;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.probe.CertificateTrust;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.VerificationService;
import ch.mailbench.core.vault.KdfParameters;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultPasswordSource;
import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.JooqStore;
import ch.mailbench.persistence.JooqTrustedCertificateRepository;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root: the one place that knows concrete classes and wires them together, for
 * the console and for the command line alike.
 */
public final class AppFactory {

    private final DatabaseLocation location;
    private final Clock clock;
    private final Map<String, String> environment;
    private final int vaultIterations;

    public AppFactory(DatabaseLocation location, Clock clock) {
        this(location, clock, System.getenv(), KdfParameters.RECOMMENDED_ITERATIONS);
    }

    /**
     * @param environment     where the command line finds {@code MAILBENCH_MASTER_PASSWORD}
     * @param vaultIterations the PBKDF2 work factor for new master passwords; tests lower it for speed
     */
    public AppFactory(DatabaseLocation location, Clock clock, Map<String, String> environment, int vaultIterations) {
        this.location = location;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.vaultIterations = vaultIterations;
    }

    /** The database file to use: {@code --db}, else {@code MAILBENCH_DB}, else the user's data folder. */
    public Path databasePath(Optional<Path> explicit) {
        return location.resolve(explicit);
    }

    /**
     * Opens (creating or upgrading) the database and builds the services over it; stored passwords
     * stay unavailable while the vault is locked. Not on the EDT.
     */
    public Workbench open(Path databaseFile) {
        return open(databaseFile, UnlockHandler.stayLocked());
    }

    /** As {@link #open(Path)}, with {@code unlockHandler} asking for the master password when a stored password is needed. */
    public Workbench open(Path databaseFile, UnlockHandler unlockHandler) {
        Database database = Database.open(databaseFile, clock);
        JooqStore store = new JooqStore(database);
        Vault vault = new Vault(store, clock, new SecureRandom(), vaultIterations);
        PasswordSource passwords = new VaultPasswordSource(vault, unlockHandler);
        TrustedCertificateRepository trusted = new JooqTrustedCertificateRepository(database.dsl());
        VerificationService verification = new VerificationService(store, passwords,
                new CertificateTrust(CertificateTrust.jdkDefault(), trusted), new OutcomeTexts(Locale.getDefault()), clock);
        return new Workbench(database, store, clock, vault, passwords, trusted, verification);
    }

    /** The process environment (or the test's): the command line reads {@code MAILBENCH_MASTER_PASSWORD} from it. */
    public Map<String, String> environment() {
        return environment;
    }

    public Clock clock() {
        return clock;
    }
}
