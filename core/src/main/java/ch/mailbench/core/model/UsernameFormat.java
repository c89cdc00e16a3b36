package ch.mailbench.core.model;

import java.util.Objects;

/**
 * What to type as user name: the full address, only the part before the @, or something the
 * provider assigned (CUSTOM with its value). The classic trap of mail setup.
 */
public record UsernameFormat(Kind kind, String customValue) {

    public enum Kind { FULL_ADDRESS, LOCAL_PART, CUSTOM }

    public static final UsernameFormat FULL_ADDRESS = new UsernameFormat(Kind.FULL_ADDRESS, null);
    public static final UsernameFormat LOCAL_PART = new UsernameFormat(Kind.LOCAL_PART, null);

    public UsernameFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CUSTOM) {
            if (customValue == null || customValue.isBlank()) {
                throw new IllegalArgumentException("The custom user name is empty");
            }
            customValue = customValue.strip();
        } else if (customValue != null) {
            throw new IllegalArgumentException("Only a custom user name has a value");
        }
    }

    public static UsernameFormat custom(String value) {
        return new UsernameFormat(Kind.CUSTOM, value);
    }

    /** The user name to type for this address. */
    public String usernameFor(EmailAddress address) {
        return switch (kind) {
            case FULL_ADDRESS -> address.ascii();
            case LOCAL_PART -> address.localPart();
            case CUSTOM -> customValue;
        };
    }

    /**
     * The other format worth one more login attempt when this one is refused: full address and
     * local part swap; a custom user name has no alternative.
     */
    public java.util.Optional<UsernameFormat> alternative() {
        return switch (kind) {
            case FULL_ADDRESS -> java.util.Optional.of(LOCAL_PART);
            case LOCAL_PART -> java.util.Optional.of(FULL_ADDRESS);
            case CUSTOM -> java.util.Optional.empty();
        };
    }

    /** A stable text form for storage and CSV: {@code FULL_ADDRESS}, {@code LOCAL_PART} or the custom value. */
    public String storageForm() {
        return kind == Kind.CUSTOM ? customValue : kind.name();
    }

    /** Reads {@link #storageForm()} back, and the short spellings people type (FULL, LOCAL). */
    public static UsernameFormat fromStorageForm(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The user name format is empty");
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "FULL_ADDRESS", "FULL" -> FULL_ADDRESS;
            case "LOCAL_PART", "LOCAL" -> LOCAL_PART;
            default -> custom(text);
        };
    }

    @Override
    public String toString() {
        return storageForm();
    }
}
