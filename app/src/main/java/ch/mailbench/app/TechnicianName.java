package ch.mailbench.app;

import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Who the history records as the author of changes on this computer: {@code MAILBENCH_TECHNICIAN}
 * when set (scripts, tests), else the name set in the settings, else the operating-system user name.
 * A team sharing one database sets names that tell its technicians apart.
 */
public final class TechnicianName {

    static final String ENVIRONMENT_VARIABLE = "MAILBENCH_TECHNICIAN";
    private static final String KEY = "technicianName";

    private final Preferences preferences;

    public TechnicianName(Preferences preferences) {
        this.preferences = preferences;
    }

    public String resolve(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).map(String::strip).filter(name -> !name.isEmpty())
                .or(this::setName).orElseGet(() -> System.getProperty("user.name", "?"));
    }

    /** The name set in the settings, if any. */
    public Optional<String> setName() {
        return Optional.ofNullable(preferences.get(KEY, null)).map(String::strip).filter(name -> !name.isEmpty());
    }

    /** Sets the name; an empty one goes back to the operating-system user name. */
    public void set(String name) {
        if (name.isBlank()) {
            preferences.remove(KEY);
        } else if (name.strip().length() > 100) {
            throw new IllegalArgumentException("The technician name is longer than 100 characters");
        } else {
            preferences.put(KEY, name.strip());
        }
    }
}
