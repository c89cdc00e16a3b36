package ch.mailbench.persistence;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.core.port.TrustedCertificateRepository;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two things {@code discover} reads from an existing database file — the own providers and the
 * accepted certificates — with one read-only JDBC query each: no Flyway, no jOOQ (together most of a
 * command's start-up), nothing created or written. A file from before the provider table reads as
 * having none. Anything that writes needs the real {@link Database}.
 */
public final class ReadOnlyLookups {

    private final SQLiteDataSource dataSource;

    public ReadOnlyLookups(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        this.dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(Database.url(file));
    }

    /** The own providers, read on each call; saving needs the database opened for writing. */
    public ProviderRepository providers() {
        return new ProviderRepository() {
            @Override
            public List<Provider> findAll() {
                return query("SELECT id, name, domains, mx_patterns, servers, username_format, modern_auth, notes FROM provider"
                        + " ORDER BY lower(name), id", List.of(), row -> JooqProviderRepository.provider(row.getString(1),
                        row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getInt(7),
                        row.getString(8)));
            }

            @Override
            public Provider save(Provider provider) {
                throw readOnly();
            }

            @Override
            public void saveAll(List<Provider> providers) {
                throw readOnly();
            }

            @Override
            public boolean delete(String id) {
                throw readOnly();
            }
        };
    }

    /** The accepted certificates, read on each call; accepting or revoking needs the database opened for writing. */
    public TrustedCertificateRepository certificates() {
        return new TrustedCertificateRepository() {
            @Override
            public TrustedCertificate trust(TrustedCertificate certificate) {
                throw readOnly();
            }

            @Override
            public void revoke(long id, Instant at) {
                throw readOnly();
            }

            @Override
            public List<TrustedCertificate> activeFor(HostName host) {
                return certificatesWhere("host = ? AND ", List.of(host.ascii()));
            }

            @Override
            public List<TrustedCertificate> allActive() {
                return certificatesWhere("", List.of());
            }
        };
    }

    private List<TrustedCertificate> certificatesWhere(String condition, List<String> values) {
        return query("SELECT id, host, subject, issuer, not_before, not_after, sha256, accepted_at FROM trusted_certificate WHERE "
                + condition + "revoked_at IS NULL ORDER BY host, accepted_at", values, row -> new TrustedCertificate(row.getLong(1),
                HostName.of(row.getString(2)), new CertificateInfo(row.getString(3), row.getString(4),
                Instant.parse(row.getString(5)), Instant.parse(row.getString(6)), row.getString(7)), Instant.parse(row.getString(8))));
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<String> values, Row<T> reader) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return List.of(); // a file from before that table: nothing of that kind was ever kept
            }
            throw new DatabaseException("Cannot read " + dataSource.getUrl() + ": " + Database.rootMessage(e), e);
        }
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("The database was opened for reading only");
    }
}
