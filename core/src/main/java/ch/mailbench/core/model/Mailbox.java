package ch.mailbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An address on a customer's domain. With {@code ownSettings} empty it uses its domain's
 * servers; otherwise its own. {@code allowPlaintextLogin} is the technician's explicit consent to
 * send this mailbox's credentials without TLS.
 */
public record Mailbox(long id, long version, long domainId, EmailAddress address, String displayName,
                      Optional<ServerSettings> ownSettings, boolean allowPlaintextLogin, String notes,
                      Optional<LastCheck> lastCheck) {

    public Mailbox {
        Objects.requireNonNull(address, "address");
        displayName = Text.orEmpty(displayName);
        Objects.requireNonNull(ownSettings, "ownSettings");
        notes = Text.orEmpty(notes);
        Objects.requireNonNull(lastCheck, "lastCheck");
    }

    public static Mailbox create(long domainId, EmailAddress address, String displayName) {
        return new Mailbox(0, 0, domainId, address, displayName, Optional.empty(), false, "", Optional.empty());
    }

    public boolean isStored() {
        return id != 0;
    }

    /** The settings that apply: this mailbox's own, or else its domain's defaults. */
    public ServerSettings effectiveSettings(MailDomain domain) {
        if (domain.id() != domainId) {
            throw new IllegalArgumentException("Mailbox " + address + " does not belong to " + domain.name());
        }
        return ownSettings.orElse(domain.defaults());
    }

    public boolean inheritsDomainSettings() {
        return ownSettings.isEmpty();
    }

    public Mailbox withOwnSettings(Optional<ServerSettings> settings) {
        return new Mailbox(id, version, domainId, address, displayName, settings, allowPlaintextLogin, notes, lastCheck);
    }

    public Mailbox withDisplayName(String name) {
        return new Mailbox(id, version, domainId, address, name, ownSettings, allowPlaintextLogin, notes, lastCheck);
    }

    public Mailbox withNotes(String newNotes) {
        return new Mailbox(id, version, domainId, address, displayName, ownSettings, allowPlaintextLogin, newNotes, lastCheck);
    }

    public Mailbox withAllowPlaintextLogin(boolean allow) {
        return new Mailbox(id, version, domainId, address, displayName, ownSettings, allow, notes, lastCheck);
    }

    public Mailbox withLastCheck(LastCheck check) {
        return new Mailbox(id, version, domainId, address, displayName, ownSettings, allowPlaintextLogin, notes, Optional.of(check));
    }

    public Mailbox stored(long newId, long newVersion) {
        return new Mailbox(newId, newVersion, domainId, address, displayName, ownSettings, allowPlaintextLogin, notes, lastCheck);
    }
}
