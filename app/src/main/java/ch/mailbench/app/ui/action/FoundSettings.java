package ch.mailbench.app.ui.action;

import ch.mailbench.core.model.ServerSettings;

import java.util.Objects;
import java.util.Optional;

/** What "Use these settings" hands to a form: the servers, and the provider they belong to when one is known. */
public record FoundSettings(ServerSettings settings, Optional<String> provider) {

    public FoundSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(provider, "provider");
    }
}
