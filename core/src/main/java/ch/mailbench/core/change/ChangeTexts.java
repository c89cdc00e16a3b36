package ch.mailbench.core.change;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * A change of servers in the technician's language (fr, de, it, en), for the console and the
 * command line. The description stored with a change set stays in English: it is the record (and
 * {@code --json} output) whatever language read it; what people read is worded here.
 */
public final class ChangeTexts {

    /** How many names a description lists before "and 3 more". */
    private static final int NAMES_SHOWN = 3;

    private final ResourceBundle bundle;
    private final Locale locale;

    public ChangeTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("ch.mailbench.core.change.ChangeTexts", locale);
    }

    /** "Change bakery-dupont.ch: incoming → mail.new.ch:993 SSL/TLS, username → part before the @". */
    public String describe(ServerChange change) {
        String where = change.scope() instanceof ServerChange.Scope.OnHost onHost
                ? format("where.host", onHost.oldHost().unicode())
                : names(((ServerChange.Scope.Domains) change.scope()).names().stream().map(DomainName::unicode).toList());
        List<String> parts = new ArrayList<>();
        change.incoming().ifPresent(e -> parts.add(format("incoming", endpoint(e))));
        change.smtp().ifPresent(e -> parts.add(format("smtp", endpoint(e))));
        change.usernameFormat().ifPresent(f -> parts.add(format("username", usernameFormat(f))));
        return summary(where, parts, change.includeOwnSettings());
    }

    /** The same from what a change set actually changed: its rows' labels, and each field's new values. */
    public String describe(ChangeSet set) {
        List<String> labels = set.entries().stream().map(ChangeSetEntry::label).distinct().toList();
        List<String> parts = new ArrayList<>();
        parts.addAll(changed(set, "incoming", s -> s.incoming().map(this::endpoint)));
        parts.addAll(changed(set, "smtp", s -> s.outgoing().map(this::endpoint)));
        parts.addAll(changed(set, "username", s -> Optional.of(usernameFormat(s.usernameFormat()))));
        boolean own = set.entries().stream().anyMatch(e -> e.target() == ChangeSetEntry.Target.MAILBOX);
        return summary(names(labels), parts, own);
    }

    private List<String> changed(ChangeSet set, String field, Function<ServerSettings, Optional<String>> value) {
        Set<String> parts = new LinkedHashSet<>();
        for (ChangeSetEntry entry : set.entries()) {
            Optional<String> before = value.apply(entry.oldSettings());
            Optional<String> after = value.apply(entry.newSettings());
            if (!before.equals(after)) {
                parts.add(format(field, after.orElse("—")));
            }
        }
        return new ArrayList<>(parts);
    }

    private String summary(String where, List<String> parts, boolean ownSettings) {
        return format("summary", where, String.join(", ", parts)) + (ownSettings ? format("ownIncluded") : "");
    }

    private String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return format("more", String.join(", ", names.subList(0, NAMES_SHOWN)), names.size() - NAMES_SHOWN);
    }

    private String endpoint(Endpoint endpoint) {
        return endpoint.host().unicode() + ":" + endpoint.port().number() + " " + endpoint.security().label();
    }

    private String usernameFormat(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? "\u201c" + format.customValue() + "\u201d"
                : format("format." + format.kind().name());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
