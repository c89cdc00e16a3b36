package ch.mailbench.app;

import ch.mailbench.app.ui.data.DataExtension;
import ch.mailbench.app.ui.history.HistoryExtension;
import ch.mailbench.app.ui.directory.DirectoryEditing;
import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.discovery.DiscoveryExtension;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.migration.MigrationExtension;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.sheet.SheetExtension;
import ch.mailbench.app.ui.shop.ShopExtension;
import ch.mailbench.app.ui.team.TeamExtension;
import ch.mailbench.app.ui.team.TeamStartOffer;
import ch.mailbench.app.ui.vault.VaultExtension;
import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.app.ui.verify.VerifyExtension;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.discovery.CatalogFile;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.MxModernAuth;
import ch.mailbench.core.discovery.ResolverSetting;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.persistence.JooqProviderRepository;
import ch.mailbench.persistence.PostgresProbe;
import ch.mailbench.persistence.ReadOnlyLookups;
import javax.net.ssl.X509TrustManager;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.core.probe.CertificateTrust;
import ch.mailbench.core.probe.Connectivity;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.VerificationService;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.PasswordSource;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.sheet.SheetRenderer;
import ch.mailbench.core.sheet.SheetService;
import ch.mailbench.core.vault.KdfParameters;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultPasswordSource;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.DatabaseCopy;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.JooqCustomerSummaries;
import ch.mailbench.persistence.JooqShopSettingsStore;
import ch.mailbench.persistence.JooqStore;
import ch.mailbench.core.history.HistoryService;
import ch.mailbench.core.history.RecordingStore;
import ch.mailbench.core.history.RecordingTrustedCertificates;
import ch.mailbench.core.port.Store;
import ch.mailbench.persistence.JooqTrustedCertificateRepository;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * The composition root: the one place that knows concrete classes and wires them together, for
 * the console and for the command line alike.
 */
public final class AppFactory {

    /** Each query to a chosen DNS server during a connection test (address, MX after a refused login). */
    private static final Duration DNS_TIMEOUT = Duration.ofSeconds(5);

    private final DatabaseLocation location;
    private final Clock clock;
    private final Map<String, String> environment;
    private final int vaultIterations;
    /** The authorities every TLS connection trusts besides the certificates technicians accepted; asked when a database opens. */
    private final Supplier<X509TrustManager> authorities;
    /** One for the whole process: it keeps the parsed fonts between sheets. */
    private SheetRenderer renderer;
    /** The console's one way to run work off the EDT; it makes no thread before the first task. */
    private final SwingTaskExecutor consoleTasks = new SwingTaskExecutor();
    /** The DNS server the technician chose (console setting, {@code --dns}): discovery and connection tests ask it. */
    private final ResolverSetting resolver = new ResolverSetting();

    public AppFactory(DatabaseLocation location, Clock clock) {
        this(location, clock, System.getenv(), KdfParameters.RECOMMENDED_ITERATIONS);
    }

    /**
     * @param environment     where the command line finds {@code MAILBENCH_MASTER_PASSWORD}
     * @param vaultIterations the PBKDF2 work factor for new master passwords; tests lower it for speed
     */
    public AppFactory(DatabaseLocation location, Clock clock, Map<String, String> environment, int vaultIterations) {
        this(location, clock, environment, vaultIterations, AuthoritiesOnFirstUse::new);
    }

    /**
     * As above, trusting {@code authorities} instead of the JDK's (which honour {@code javax.net.ssl.trustStore}):
     * tests hand over their own test CA, so none depends on a JVM-wide property.
     */
    public AppFactory(DatabaseLocation location, Clock clock, Map<String, String> environment, int vaultIterations,
                      Supplier<X509TrustManager> authorities) {
        this.location = location;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.vaultIterations = vaultIterations;
        this.authorities = authorities;
    }

    /** Made on first use: a command that prints no sheet does not load the PDF library. */
    private synchronized SheetRenderer renderer() {
        if (renderer == null) {
            renderer = new SheetRenderer(clock.getZone());
        }
        return renderer;
    }

    /**
     * The database to use: {@code --db}, else {@code MAILBENCH_DB}, else the file in the user's data
     * folder; a {@code postgresql://} address names a team database.
     *
     * @throws IllegalArgumentException for an address that is neither a file path nor a PostgreSQL address
     */
    public DatabaseAddress databaseAddress(Optional<String> explicit) {
        return location.resolve(explicit);
    }

    /**
     * The database the console starts on: {@code --db}, else {@code MAILBENCH_DB}, else the team database
     * {@code rememberedTeam} it was connected to (until the technician went back to the local database), else the
     * file in the user's data folder. The command line never reopens a team database by itself: a script runs
     * on what it names.
     *
     * @throws IllegalArgumentException for an address that is neither a file path nor a PostgreSQL address
     */
    public DatabaseAddress consoleDatabaseAddress(Optional<String> explicit, Optional<String> rememberedTeam) {
        return location.chosen(explicit).or(() -> rememberedTeam.flatMap(this::teamAddress)).orElseGet(location::localFile);
    }

    /** A remembered address Mailbench cannot read (an older or edited preference) is not reopened. */
    private Optional<DatabaseAddress> teamAddress(String remembered) {
        try {
            return Optional.of(DatabaseAddress.parse(remembered, osUser())).filter(PostgresAddress.class::isInstance);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The technician's own database file in the data folder. */
    public DatabaseAddress.SqliteFile localDatabase() {
        return location.localFile();
    }

    /** What the console offers when the team database it starts on cannot be opened. EDT. */
    public ConsoleLauncher.TeamStartFailure teamStartOffer(Messages messages, ConsolePreferences preferences) {
        return new TeamStartOffer(messages, new PostgresProbe(), consoleTasks, preferences, osUser());
    }

    private static String osUser() {
        return System.getProperty("user.name", "");
    }

    /**
     * Opens (creating or upgrading) the database file and builds the services over it; stored passwords
     * stay unavailable while the vault is locked. Not on the EDT.
     */
    public Workbench open(Path databaseFile) {
        return open(new DatabaseAddress.SqliteFile(databaseFile), UnlockHandler.stayLocked());
    }

    /** As {@link #open(Path)}, with {@code unlockHandler} asking for the master password when a stored password is needed. */
    public Workbench open(Path databaseFile, UnlockHandler unlockHandler) {
        return open(new DatabaseAddress.SqliteFile(databaseFile), unlockHandler);
    }

    /** As {@link #open(Path)}, for a file or a team database on a PostgreSQL server. */
    public Workbench open(DatabaseAddress address) {
        return open(address, UnlockHandler.stayLocked());
    }

    /** As {@link #open(Path, UnlockHandler)}, for a file or a team database on a PostgreSQL server. */
    public Workbench open(DatabaseAddress address, UnlockHandler unlockHandler) {
        Database database = Database.open(address, clock);
        JooqStore rawStore = new JooqStore(database);
        String technician = technicianName().resolve(environment);
        // Every service changes data through the recording store, so every change lands in the history with its author.
        Store store = new RecordingStore(rawStore, clock, technician);
        HistoryService history = new HistoryService(rawStore, clock, technician);
        Vault vault = new Vault(store, clock, new SecureRandom(), vaultIterations);
        PasswordSource passwords = new VaultPasswordSource(vault, unlockHandler);
        ShopSettingsStore shop = new JooqShopSettingsStore(database);
        ProviderCatalog providers = new ProviderCatalog(CatalogFile::shipped, new JooqProviderRepository(database));
        SheetService sheets = new SheetService(store, shop, passwords, renderer(), clock, providers);
        CustomerDirectory directory = new CustomerDirectory(store, new JooqCustomerSummaries(database));
        // Accepting or revoking a certificate is a change like any other: it lands in the history with its author.
        TrustedCertificateRepository trusted = new RecordingTrustedCertificates(new JooqTrustedCertificateRepository(database), store);
        X509TrustManager authorities = this.authorities.get();
        CertificateTrust trust = new CertificateTrust(authorities, trusted);
        OutcomeTexts texts = new OutcomeTexts(Locale.getDefault());
        VerificationService verification = new VerificationService(store, passwords, trust, texts, Connectivity.system(), clock,
                new MxModernAuth(providers, () -> resolver.mxResolver(DNS_TIMEOUT)), () -> resolver.hostResolver(DNS_TIMEOUT));
        DiscoveryService discovery = new DiscoveryService(providers, authorities, trust);
        ChangeSetService changeSets = new ChangeSetService(store, clock, technician);
        MailboxOverview overview = new MailboxOverview(store, clock, CheckStatus.DEFAULT_MAX_AGE);
        return new Workbench(database, store, clock, vault, passwords, shop, sheets, directory, trusted, verification,
                providers, discovery, changeSets, overview, history);
    }

    /** Copies the whole database {@code source} into {@code target} (see {@link DatabaseCopy}). Not on the EDT. */
    public DatabaseCopy.Report copyDatabase(DatabaseAddress source, DatabaseAddress target, boolean replace) {
        try (Database from = Database.open(source, clock); Database into = Database.open(target, clock)) {
            return DatabaseCopy.copy(from, into, replace);
        }
    }

    /**
     * Discovery over the shipped catalog only, trusting the factory's authorities: for {@code discover}
     * when the database file does not exist yet — nothing is created, and no own provider or
     * accepted certificate can exist anyway.
     */
    public DiscoveryService discoveryWithoutDatabase() {
        return discovery(ProviderRepository.none(), TrustedCertificateRepository.none());
    }

    /**
     * Discovery with the own providers and accepted certificates of the existing database file
     * {@code file}, read with plain read-only queries ({@link ReadOnlyLookups}): {@code discover}
     * without {@code --apply-to} writes nothing, so it skips what opening the database for writing costs.
     */
    public DiscoveryService discoveryReadingOnly(Path file) {
        ReadOnlyLookups lookups = new ReadOnlyLookups(file);
        return discovery(lookups.providers(), lookups.certificates());
    }

    private DiscoveryService discovery(ProviderRepository own, TrustedCertificateRepository accepted) {
        X509TrustManager authorities = this.authorities.get();
        return new DiscoveryService(new ProviderCatalog(CatalogFile.shipped(), own), authorities,
                new CertificateTrust(authorities, accepted));
    }

    /**
     * The sheet language of customers an import creates: the shop's default sheet language when one is set
     * (so an English command line and a French console agree), else the user's language when sheets speak it,
     * else English. Reads the database: not on the EDT.
     */
    public SheetLanguage languageForNewCustomers(ShopSettingsStore shop) {
        return shop.load().languageForNewCustomers(Locale.getDefault());
    }

    /** The process environment (or the test's): the command line reads {@code MAILBENCH_MASTER_PASSWORD} from it. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The features plugged into the console window over {@code workbench}, in menu order: editing
     * customers, domains and mailboxes; import, export, backup and device profiles; passwords; shop settings;
     * setup sheets; connection tests; migration day (overview, change servers, change sets); discovery
     * ("Find settings" in the server dialogs); the history of changes and Undo; connecting to a team database.
     * Each gets the services it uses, nothing more; background work runs on {@link #consoleTasks()}.
     */
    public List<ConsoleExtension> consoleExtensions(Workbench workbench, ConsolePreferences preferences) {
        return List.of(new DirectoryEditing(workbench.directory(), workbench.vault(), workbench.history(), workbench.shop()),
                new DataExtension(workbench.store(), workbench.vault(), workbench.database(), workbench.clock(),
                        workbench.shop()),
                new VaultExtension(workbench.vault()),
                new ShopExtension(workbench.shop()),
                new SheetExtension(workbench.sheets()),
                new VerifyExtension(workbench.verification(), workbench.trustedCertificates(), workbench.clock(), consoleTasks),
                new MigrationExtension(workbench.overview(), workbench.verification(), workbench.changeSets(), workbench.vault(),
                        consoleTasks, workbench.clock()),
                new DiscoveryExtension(workbench.discovery(), resolver, preferences,
                        () -> DiscoveryOptions.defaults().withTimeout(preferences.discoveryTimeout())),
                new HistoryExtension(workbench.history(), workbench.clock(), () -> technicianName().setName(),
                        name -> technicianName().set(name)),
                new TeamExtension(new PostgresProbe(), preferences, workbench.database().file().isEmpty(), location.localFile(),
                        osUser()));
    }

    /** The DNS server discovery and connection tests ask; the command line sets it from {@code --dns}. */
    public ResolverSetting resolverSetting() {
        return resolver;
    }

    /** Runs the console's background work, and tells the window's status bar about it. */
    public SwingTaskExecutor consoleTasks() {
        return consoleTasks;
    }

    /** The name the history records for changes made here, and where it is set. */
    public static TechnicianName technicianName() {
        return new TechnicianName(consolePreferences());
    }

    /** Where the console keeps window layout, theme and language between runs. */
    public static Preferences consolePreferences() {
        return Preferences.userRoot().node("ch/mailbench/console");
    }

    public Clock clock() {
        return clock;
    }
}
