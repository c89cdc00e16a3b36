package ch.mailbench.app.ui;

import ch.mailbench.core.discovery.DiscoveryOptions;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * What the console remembers between runs (java.util.prefs): window bounds, split positions,
 * theme, language, the last selected customer, and discovery's DNS server and timeout. The node is injected, so tests use their own.
 */
public final class ConsolePreferences {

    private static final String BOUNDS = "window.bounds";
    private static final String MAXIMIZED = "window.maximized";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";
    private static final String LAST_CUSTOMER = "lastCustomer";
    private static final String SPLIT = "split.";
    private static final String DNS_SERVER = "dnsServer";
    private static final String TEAM_DATABASE = "teamDatabase";
    private static final String REOPEN_TEAM_DATABASE = "teamDatabase.reopen";
    private static final String DISCOVERY_TIMEOUT = "discovery.timeoutSeconds";

    private final Supplier<Preferences> source;
    private Preferences node;

    public ConsolePreferences(Preferences node) {
        this(() -> node);
    }

    /** Opens the node on first use: a command-line run never touches the preferences (their set-up costs start-up time). */
    public ConsolePreferences(Supplier<Preferences> node) {
        this.source = node;
    }

    private synchronized Preferences node() {
        if (node == null) {
            node = source.get();
        }
        return node;
    }

    public Optional<Rectangle> windowBounds() {
        String[] parts = node().get(BOUNDS, "").split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Rectangle(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(Rectangle bounds) {
        node().put(BOUNDS, bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
    }

    public boolean maximized() {
        return node().getBoolean(MAXIMIZED, false);
    }

    public void setMaximized(boolean maximized) {
        node().putBoolean(MAXIMIZED, maximized);
    }

    /** The divider location of the named split pane, or -1 when never set. */
    public int splitPosition(String split) {
        return node().getInt(SPLIT + split, -1);
    }

    public void setSplitPosition(String split, int position) {
        node().putInt(SPLIT + split, position);
    }

    /** The DNS server discovery and connection tests ask (HOST:PORT as typed); empty for the system's resolver. */
    public Optional<String> dnsServer() {
        String value = node().get(DNS_SERVER, "");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public void setDnsServer(Optional<String> server) {
        if (server.isPresent()) {
            node().put(DNS_SERVER, server.get());
        } else {
            node().remove(DNS_SERVER);
        }
    }

    /**
     * How long "Find settings" waits for each source and probe (the whole run takes about one): the
     * default unless set; a value out of range (edited by hand) also reads as the default.
     */
    public Duration discoveryTimeout() {
        long seconds = node().getLong(DISCOVERY_TIMEOUT, DiscoveryOptions.DEFAULT_TIMEOUT.toSeconds());
        return seconds >= 1 && seconds <= 600 ? Duration.ofSeconds(seconds) : DiscoveryOptions.DEFAULT_TIMEOUT;
    }

    /** @param timeout whole seconds, 1 to 600 */
    public void setDiscoveryTimeout(Duration timeout) {
        long seconds = timeout.toSeconds();
        if (seconds < 1 || seconds > 600 || timeout.toNanosPart() != 0) {
            throw new IllegalArgumentException("The discovery timeout must be whole seconds from 1 to 600, not " + timeout);
        }
        node().putLong(DISCOVERY_TIMEOUT, seconds);
    }

    /** The team database last connected to, as its address without password (postgresql://…); empty: the local file. */
    public Optional<String> teamDatabase() {
        String value = node().get(TEAM_DATABASE, "");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public void setTeamDatabase(Optional<String> address) {
        address.ifPresentOrElse(value -> node().put(TEAM_DATABASE, value), () -> node().remove(TEAM_DATABASE));
    }

    /**
     * The team database the console starts on: the one last connected to, until File → Use the local database;
     * empty: the local file.
     */
    public Optional<String> teamDatabaseToReopen() {
        return node().getBoolean(REOPEN_TEAM_DATABASE, false) ? teamDatabase() : Optional.empty();
    }

    /** Whether the next start reopens {@link #teamDatabase()} (connected to it) or the local file (switched back). */
    public void setReopenTeamDatabase(boolean reopen) {
        node().putBoolean(REOPEN_TEAM_DATABASE, reopen);
    }

    public Theme theme() {
        return choice(THEME, Theme.SYSTEM);
    }

    public void setTheme(Theme theme) {
        node().put(THEME, theme.name());
    }

    public UiLanguage language() {
        return choice(LANGUAGE, UiLanguage.SYSTEM);
    }

    /** The choice stored under {@code key}; {@code fallback} when none is, or one this version does not know. */
    private <E extends Enum<E>> E choice(String key, E fallback) {
        try {
            return Enum.valueOf(fallback.getDeclaringClass(), node().get(key, fallback.name()));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public void setLanguage(UiLanguage language) {
        node().put(LANGUAGE, language.name());
    }

    public Optional<Long> lastCustomer() {
        long id = node().getLong(LAST_CUSTOMER, 0);
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    public void setLastCustomer(long customerId) {
        node().putLong(LAST_CUSTOMER, customerId);
    }
}
