package ch.mailbench.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mailbox address, {@code local@domain}. The domain may be typed in Unicode and is kept as
 * punycode; the local part keeps its characters (plus-addressing included) but is lower-cased,
 * as every provider our users meet treats it case-insensitively.
 */
public record EmailAddress(String localPart, DomainName domain) implements Comparable<EmailAddress> {

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    public EmailAddress {
        Objects.requireNonNull(domain, "domain");
        if (localPart == null || localPart.isBlank()) {
            throw new IllegalArgumentException("The part before the @ is empty");
        }
        localPart = localPart.strip().toLowerCase(Locale.ROOT);
        if (localPart.length() > 64) {
            throw new IllegalArgumentException("The part before the @ is longer than 64 characters");
        }
        if (!LOCAL_PART.matcher(localPart).matches()) {
            throw new IllegalArgumentException("\"" + localPart + "\" is not valid before the @ (letters, digits and . _ - + only; no dot at either end or twice in a row)");
        }
    }

    /** Parses {@code local@domain}; the message says what is wrong, e.g. "not a valid email address: no @". */
    public static EmailAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The email address is empty");
        }
        String trimmed = text.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a valid email address: it has no @");
        }
        if (trimmed.indexOf('@') != at) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a valid email address: it has more than one @");
        }
        try {
            return new EmailAddress(trimmed.substring(0, at), DomainName.of(trimmed.substring(at + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a valid email address: " + e.getMessage(), e);
        }
    }

    /** The form servers see: {@code local@xn--...}. */
    public String ascii() {
        return localPart + "@" + domain.ascii();
    }

    /** The form people read: {@code local@bäckerei.ch}. */
    public String unicode() {
        return localPart + "@" + domain.unicode();
    }

    @Override
    public String toString() {
        return unicode();
    }

    @Override
    public int compareTo(EmailAddress other) {
        return ascii().compareTo(other.ascii());
    }
}
