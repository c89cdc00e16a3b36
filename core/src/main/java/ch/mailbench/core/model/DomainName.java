package ch.mailbench.core.model;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS domain such as {@code bäckerei-müller.ch}. Kept in its ASCII (punycode) form, which is what
 * servers and the database see; {@link #unicode()} is what people read.
 */
public record DomainName(String ascii) implements Comparable<DomainName> {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public DomainName {
        ascii = toAscii(ascii, "domain name");
        if (!ascii.contains(".")) {
            throw new IllegalArgumentException("The domain name \"" + ascii + "\" needs a dot and an ending, such as .ch or .com");
        }
        String tld = ascii.substring(ascii.lastIndexOf('.') + 1);
        if (tld.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("The domain name \"" + ascii + "\" must end in a name such as .ch, not a number");
        }
    }

    /** Accepts a domain typed in Unicode or ASCII, in any case, with or without a trailing dot. */
    public static DomainName of(String text) {
        return new DomainName(text);
    }

    public String unicode() {
        return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    public boolean isInternationalized() {
        return !ascii.equals(unicode());
    }

    @Override
    public String toString() {
        return unicode();
    }

    @Override
    public int compareTo(DomainName other) {
        return ascii.compareTo(other.ascii);
    }

    /**
     * Shared by host and domain names: trims, drops one trailing dot, lower-cases, converts IDN to
     * punycode and checks every label. {@code what} names the field in the error message.
     */
    static String toAscii(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
        String trimmed = text.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.startsWith(".") || trimmed.contains("..")) {
            throw new IllegalArgumentException("The " + what + " \"" + text.strip() + "\" has an empty part between dots");
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The " + what + " \"" + text.strip() + "\" contains a space");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " \"" + trimmed + "\" is not a valid name", e);
        }
        if (ascii.length() > 253) {
            throw new IllegalArgumentException("The " + what + " is longer than 253 characters");
        }
        for (String label : ascii.split("\\.")) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("The " + what + " \"" + trimmed
                        + "\" may only contain letters, digits and hyphens between the dots (no hyphen at either end of a part)");
            }
        }
        return ascii;
    }
}
