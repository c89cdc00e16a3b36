package ch.mailbench.core.discovery;

/** Where a candidate comes from, in the order of trust; each runs as one parallel step with its own progress. Named by {@link EvidenceTexts#label}. */
public enum Source {
    CATALOG, AUTOCONFIG, AUTODISCOVER, DNS, GUESS
}
