package ch.mailbench.core.sheet;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A device or program a sheet explains how to set up. The code is what the command line takes. */
public enum Device {
    IPHONE("iphone"),
    ANDROID("android"),
    OUTLOOK("outlook"),
    THUNDERBIRD("thunderbird"),
    MACOS("macos");

    private final String code;

    Device(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses a comma-separated list such as {@code iphone,outlook}; the message lists the valid names. */
    public static Set<Device> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The device list is empty; choose from iphone, android, outlook, thunderbird, macos");
        }
        Set<Device> devices = EnumSet.noneOf(Device.class);
        for (String part : text.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            devices.add(fromCode(name));
        }
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("The device list is empty; choose from iphone, android, outlook, thunderbird, macos");
        }
        return devices;
    }

    public static Device fromCode(String code) {
        for (Device device : values()) {
            if (device.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return device;
            }
        }
        throw new IllegalArgumentException("Unknown device \"" + code.strip() + "\"; choose from iphone, android, outlook, thunderbird, macos");
    }
}
