package ch.mailbench.core.change;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What "change servers" should do: where ({@link Scope}), the new incoming and SMTP server and user
 * name format (each optional: empty keeps the old), and whether mailboxes with their own settings
 * are changed too (otherwise they are only listed, flagged, and left alone).
 */
public record ServerChange(Scope scope, Optional<Endpoint> incoming, Optional<Endpoint> smtp,
                           Optional<UsernameFormat> usernameFormat, boolean includeOwnSettings) {

    /** Which settings a change touches. */
    public sealed interface Scope {
        /** Every domain named, whatever its servers. */
        record Domains(List<DomainName> names) implements Scope {
            public Domains {
                names = List.copyOf(names);
                if (names.isEmpty()) {
                    throw new IllegalArgumentException("Name at least one domain");
                }
            }
        }

        /** Every domain (and own-settings mailbox) on the old host; only the server on it changes. */
        record OnHost(HostName oldHost) implements Scope {
            public OnHost {
                Objects.requireNonNull(oldHost, "oldHost");
            }
        }
    }

    public ServerChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        if (incoming.isEmpty() && smtp.isEmpty() && usernameFormat.isEmpty()) {
            throw new IllegalArgumentException("Nothing to change: give a new incoming server, SMTP server or user name format");
        }
    }

    /** Whether {@code settings} are in scope (for a host scope: one of its servers is on the old host). */
    boolean touches(ServerSettings settings) {
        if (scope instanceof Scope.OnHost onHost) {
            return onHost(settings.incoming(), onHost.oldHost()) || onHost(settings.outgoing(), onHost.oldHost());
        }
        return true;
    }

    /** The settings after the change. */
    ServerSettings applyTo(ServerSettings settings) {
        Optional<HostName> only = scope instanceof Scope.OnHost onHost ? Optional.of(onHost.oldHost()) : Optional.empty();
        Optional<Endpoint> newIncoming = incoming.isPresent() && only.map(h -> onHost(settings.incoming(), h)).orElse(true)
                ? incoming : settings.incoming();
        Optional<Endpoint> newSmtp = smtp.isPresent() && only.map(h -> onHost(settings.outgoing(), h)).orElse(true)
                ? smtp : settings.outgoing();
        return new ServerSettings(settings.type(), newIncoming, newSmtp, settings.smtpAuth(),
                usernameFormat.orElse(settings.usernameFormat()));
    }

    private static boolean onHost(Optional<Endpoint> endpoint, HostName host) {
        return endpoint.map(e -> e.host().equals(host)).orElse(false);
    }
}
