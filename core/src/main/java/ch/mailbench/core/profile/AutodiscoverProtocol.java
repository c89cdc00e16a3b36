package ch.mailbench.core.profile;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Security;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <Protocol>} block of an Outlook autodiscover (POX 2006a) response. {@code type} is
 * upper case: IMAP, POP3, SMTP, or an Exchange type (EXCH, EXPR, WEB) this program only reports.
 */
public record AutodiscoverProtocol(String type, Optional<String> server, Optional<Port> port, Optional<String> loginName,
                                   Optional<Security> security, boolean authRequired, int line) {

    public AutodiscoverProtocol {
        type = Objects.requireNonNull(type, "type").strip().toUpperCase(Locale.ROOT);
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(security, "security");
    }

    /** Host, port and security, when all three are given and valid. */
    public Optional<Endpoint> endpoint() {
        if (server.isEmpty() || port.isEmpty() || security.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Endpoint(HostName.of(server.get()), port.get(), security.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
