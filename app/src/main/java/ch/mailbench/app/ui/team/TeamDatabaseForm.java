package ch.mailbench.app.ui.team;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.PostgresAddress.SslMode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the team database is: server, port, database, user and how the connection is encrypted.
 * Never a password (the driver reads it from PGPASSFILE or ~/.pgpass). Without encryption the
 * technician must say explicitly that they accept it. EDT only.
 */
public final class TeamDatabaseForm extends FormModel {

    public static final String HOST = "teamHost";
    public static final String PORT = "teamPort";
    public static final String DATABASE = "teamDatabase";
    public static final String USER = "teamUser";
    public static final String TLS = "teamTls";
    public static final String CONSENT = "teamUnencryptedConsent";

    /** The modes offered, strongest first; the others libpq knows add nothing a technician needs. */
    public static final List<SslMode> MODES = List.of(SslMode.VERIFY_FULL, SslMode.REQUIRE, SslMode.DISABLE);

    /** Kept from a remembered address (given with {@code sslrootcert=} on the command line); the dialog does not edit it. */
    private final Optional<String> rootCertificate;

    /** @param remembered the address connected to last time, if any; {@code osUser} is the user otherwise */
    public TeamDatabaseForm(Optional<PostgresAddress> remembered, String osUser, TeamMessages messages) {
        super(messages);
        set(HOST, remembered.map(PostgresAddress::host).orElse(""));
        set(PORT, Integer.toString(remembered.map(PostgresAddress::port).orElse(PostgresAddress.DEFAULT_PORT)));
        set(DATABASE, remembered.map(PostgresAddress::database).orElse("mailbench"));
        set(USER, remembered.map(PostgresAddress::user).orElse(osUser));
        set(TLS, remembered.map(PostgresAddress::sslMode).filter(MODES::contains).orElse(SslMode.VERIFY_FULL));
        set(CONSENT, remembered.map(address -> address.sslMode() == SslMode.DISABLE).orElse(false));
        rootCertificate = remembered.flatMap(PostgresAddress::sslRootCert);
        opened();
    }

    public void setHost(String host) { set(HOST, host.strip()); }
    public void setPort(String port) { set(PORT, port.strip()); }
    public void setDatabase(String database) { set(DATABASE, database.strip()); }
    public void setUser(String user) { set(USER, user.strip()); }
    public void setTls(SslMode mode) { set(TLS, mode); }
    public void setConsent(boolean consent) { set(CONSENT, consent); }

    public boolean unencrypted() {
        return get(TLS) == SslMode.DISABLE;
    }

    /** The address to connect to; only when {@link #isValid()}. */
    public PostgresAddress toAddress() {
        return new PostgresAddress(text(HOST), Integer.parseInt(text(PORT)), text(DATABASE), text(USER), (SslMode) get(TLS),
                rootCertificate);
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text(HOST).isEmpty()) {
            errors.put(HOST, messages.get("error.host"));
        }
        if (!text(PORT).matches("\\d{1,5}") || Integer.parseInt(text(PORT)) < 1 || Integer.parseInt(text(PORT)) > 65535) {
            errors.put(PORT, messages.get("error.port"));
        }
        if (text(DATABASE).isEmpty()) {
            errors.put(DATABASE, messages.get("error.database"));
        }
        if (text(USER).isEmpty()) {
            errors.put(USER, messages.get("error.user"));
        }
        if (unencrypted() && !Boolean.TRUE.equals(get(CONSENT))) {
            errors.put(CONSENT, messages.get("error.consent"));
        }
        return errors;
    }
}
