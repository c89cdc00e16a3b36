package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Locale;
import java.util.Objects;

/**
 * The user name of a config-v1.1 server: text with {@code %EMAILADDRESS%},
 * {@code %EMAILLOCALPART%} and {@code %EMAILDOMAIN%} placeholders. Tolerates a missing closing
 * {@code %} (seen in real files) and any case.
 */
public record UsernameTemplate(String template) {

    public static final String EMAIL_ADDRESS = "%EMAILADDRESS%";
    public static final String EMAIL_LOCAL_PART = "%EMAILLOCALPART%";
    public static final String EMAIL_DOMAIN = "%EMAILDOMAIN%";

    public UsernameTemplate {
        Objects.requireNonNull(template, "template");
        template = template.strip();
    }

    /** The template that produces this format's user name; a custom value is written literally. */
    public static UsernameTemplate of(UsernameFormat format) {
        return new UsernameTemplate(switch (format.kind()) {
            case FULL_ADDRESS -> EMAIL_ADDRESS;
            case LOCAL_PART -> EMAIL_LOCAL_PART;
            case CUSTOM -> format.customValue();
        });
    }

    /** The user name this template gives for {@code address} (empty template: the full address, as Thunderbird does). */
    public String resolve(EmailAddress address) {
        if (template.isEmpty()) {
            return address.ascii();
        }
        return Placeholders.resolve(template, address);
    }

    /** The format that yields the same user name for {@code address}. */
    public UsernameFormat formatFor(EmailAddress address) {
        String username = resolve(address);
        if (username.equalsIgnoreCase(address.ascii())) {
            return UsernameFormat.FULL_ADDRESS;
        }
        if (username.equalsIgnoreCase(address.localPart())) {
            return UsernameFormat.LOCAL_PART;
        }
        return UsernameFormat.custom(username);
    }

    /** Replacement of the three config-v1.1 placeholders, shared with host names such as {@code mail.%EMAILDOMAIN%}. */
    static final class Placeholders {

        private Placeholders() {
        }

        static String resolve(String text, EmailAddress address) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                String rest = text.substring(i).toUpperCase(Locale.ROOT);
                if (rest.startsWith("%EMAILADDRESS")) {
                    out.append(address.ascii());
                    i += skip(text, i, "%EMAILADDRESS".length());
                } else if (rest.startsWith("%EMAILLOCALPART")) {
                    out.append(address.localPart());
                    i += skip(text, i, "%EMAILLOCALPART".length());
                } else if (rest.startsWith("%EMAILDOMAIN")) {
                    out.append(address.domain().ascii());
                    i += skip(text, i, "%EMAILDOMAIN".length());
                } else {
                    out.append(text.charAt(i));
                    i++;
                }
            }
            return out.toString();
        }

        /** The placeholder's length, with its closing % when present. */
        private static int skip(String text, int start, int nameLength) {
            int end = start + nameLength;
            return end < text.length() && text.charAt(end) == '%' ? nameLength + 1 : nameLength;
        }

        static boolean contains(String text) {
            return text.contains("%");
        }
    }
}
