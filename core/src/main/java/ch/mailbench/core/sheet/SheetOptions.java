package ch.mailbench.core.sheet;

import ch.mailbench.core.model.SheetLanguage;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Choices for one print: the language (else the customer's sheet language), the devices to
 * explain, and whether to print the password (the technician's explicit, per-print decision).
 */
public record SheetOptions(Optional<SheetLanguage> language, Set<Device> devices, boolean includePassword) {

    public SheetOptions {
        Objects.requireNonNull(language, "language");
        if (devices == null || devices.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one device for the sheet");
        }
        devices = Set.copyOf(EnumSet.copyOf(devices));
    }

    /**
     * The customer's language, the three devices most customers have, no password. All five
     * devices do not fit one page in readable type (checked when rendering).
     */
    public static SheetOptions defaults() {
        return new SheetOptions(Optional.empty(), DEFAULT_DEVICES, false);
    }

    public static final Set<Device> DEFAULT_DEVICES = Set.of(Device.IPHONE, Device.ANDROID, Device.OUTLOOK);

    public SheetOptions withPassword(boolean include) {
        return new SheetOptions(language, devices, include);
    }
}
