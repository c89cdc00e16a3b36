package ch.mailbench.core.model;

/** How a connection is protected. The device words ("SSL/TLS", "STARTTLS") are the labels. */
public enum Security {
    /** Implicit TLS: the connection is encrypted from the first byte (993, 995, 465). */
    SSL_TLS("SSL/TLS"),
    /** Plain connection upgraded with STARTTLS before login (143, 110, 587). */
    STARTTLS("STARTTLS"),
    /** No encryption at all. */
    NONE("None");

    private final String label;

    Security(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean encrypted() {
        return this != NONE;
    }
}
