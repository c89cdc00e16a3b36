package ch.mailbench.persistence;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server-settings columns that {@code mail_domain} and {@code mailbox} share, mapped to and
 * from {@link ServerSettings} once for both tables.
 */
record SettingsColumns<R extends Record>(
        TableField<R, String> type,
        TableField<R, String> incomingHost, TableField<R, Integer> incomingPort, TableField<R, String> incomingSecurity,
        TableField<R, String> outgoingHost, TableField<R, Integer> outgoingPort, TableField<R, String> outgoingSecurity,
        TableField<R, Integer> smtpAuth, TableField<R, String> usernameFormat) {

    ServerSettings read(Record row) {
        return new ServerSettings(
                MailboxType.valueOf(row.get(type)),
                endpoint(row, incomingHost, incomingPort, incomingSecurity),
                endpoint(row, outgoingHost, outgoingPort, outgoingSecurity),
                row.get(smtpAuth) != 0,
                UsernameFormat.fromStorageForm(row.get(usernameFormat)));
    }

    Map<Field<?>, Object> values(ServerSettings settings) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(type, settings.type().name());
        putEndpoint(values, settings.incoming(), incomingHost, incomingPort, incomingSecurity);
        putEndpoint(values, settings.outgoing(), outgoingHost, outgoingPort, outgoingSecurity);
        values.put(smtpAuth, settings.smtpAuth() ? 1 : 0);
        values.put(usernameFormat, settings.usernameFormat().storageForm());
        return values;
    }

    private static Optional<Endpoint> endpoint(Record row, Field<String> host, Field<Integer> port, Field<String> security) {
        String hostValue = row.get(host);
        if (hostValue == null) {
            return Optional.empty();
        }
        return Optional.of(new Endpoint(HostName.of(hostValue), Port.of(row.get(port)), Security.valueOf(row.get(security))));
    }

    private static void putEndpoint(Map<Field<?>, Object> values, Optional<Endpoint> endpoint,
                                    Field<String> host, Field<Integer> port, Field<String> security) {
        values.put(host, endpoint.map(e -> e.host().ascii()).orElse(null));
        values.put(port, endpoint.map(e -> e.port().number()).orElse(null));
        values.put(security, endpoint.map(e -> e.security().name()).orElse(null));
    }
}
