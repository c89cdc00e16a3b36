package ch.mailbench.core.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of the mailbox CSV file, in the order export writes them. Import matches them by header name. */
public enum CsvColumn {
    CUSTOMER, DOMAIN, EMAIL, DISPLAY_NAME, TYPE, PASSWORD,
    INCOMING_HOST, INCOMING_PORT, INCOMING_SECURITY,
    SMTP_HOST, SMTP_PORT, SMTP_SECURITY,
    USERNAME_FORMAT, NOTES,
    /** The customer's sheet language (fr, de, en, it); optional on import. */
    SHEET_LANGUAGE;

    /** The header name: {@code display_name}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Recognises a header cell, ignoring case, surrounding spaces and spaces or hyphens for underscores. */
    static Optional<CsvColumn> ofHeader(String cell) {
        String normalized = cell.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(column -> column.header().equals(normalized)).findFirst();
    }

    boolean isServerSetting() {
        return this == TYPE || this == INCOMING_HOST || this == INCOMING_PORT || this == INCOMING_SECURITY
                || this == SMTP_HOST || this == SMTP_PORT || this == SMTP_SECURITY || this == USERNAME_FORMAT;
    }
}
