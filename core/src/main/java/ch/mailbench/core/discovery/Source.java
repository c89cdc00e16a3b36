package ch.mailbench.core.discovery;

/** Where a candidate comes from, in the order of trust; each runs as one parallel step with its own progress. */
public enum Source {
    CATALOG("provider catalog"),
    AUTOCONFIG("autoconfig"),
    AUTODISCOVER("autodiscover"),
    DNS("DNS (MX, SRV)"),
    GUESS("guessing");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
