package ch.mailbench.core.change;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Change servers" for a provider migration: previews a {@link ServerChange} mailbox by mailbox,
 * applies it as one transaction recorded as a {@link ChangeSet} (who, when, old values), lists
 * change sets and reverts one in one step — or not at all, when a row was edited since.
 *
 * <p>All methods touch the database: call them off the Event Dispatch Thread.
 */
public final class ChangeSetService {

    private final Store store;
    private final Clock clock;
    private final String user;

    /** @param user who applies changes here (the operating-system user name) */
    public ChangeSetService(Store store, Clock clock, String user) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = Objects.requireNonNull(user, "user");
    }

    /** What {@code change} would do now; writes nothing. @throws IllegalArgumentException naming a domain not recorded */
    public ChangePreview preview(ServerChange change) {
        return plan(store.repositories(), change).preview();
    }

    /**
     * Applies the change in one transaction and records it. The plan is made again inside the
     * transaction, so what is written is what the data says now.
     *
     * @throws IllegalArgumentException when nothing would change
     * @throws StaleDataException       when a row changed elsewhere meanwhile (nothing is written)
     */
    public ChangeSet apply(ServerChange change) {
        return store.inTransaction(repositories -> {
            Plan plan = plan(repositories, change);
            if (plan.domains().isEmpty() && plan.mailboxes().isEmpty()) {
                throw new IllegalArgumentException("Nothing to change: no domain or mailbox in scope has other settings ("
                        + plan.description() + ")");
            }
            List<ChangeSetEntry> entries = new ArrayList<>();
            for (MailDomain domain : plan.domains()) {
                MailDomain updated = repositories.domains().update(domain.withDefaults(change.applyTo(domain.defaults())));
                entries.add(new ChangeSetEntry(ChangeSetEntry.Target.DOMAIN, domain.id(), domain.name().unicode(),
                        domain.defaults(), updated.defaults(), updated.version()));
            }
            for (Mailbox mailbox : plan.mailboxes()) {
                ServerSettings old = mailbox.ownSettings().orElseThrow();
                Mailbox updated = repositories.mailboxes().update(mailbox.withOwnSettings(Optional.of(change.applyTo(old))));
                entries.add(new ChangeSetEntry(ChangeSetEntry.Target.MAILBOX, mailbox.id(), mailbox.address().unicode(),
                        old, updated.ownSettings().orElseThrow(), updated.version()));
            }
            return repositories.changeSets().insert(new ChangeSet(0, clock.instant(), user, plan.description(),
                    Optional.empty(), Optional.empty(), entries));
        });
    }

    /** Every change set, newest first. */
    public List<ChangeSet> list() {
        return store.repositories().changeSets().findAll();
    }

    /**
     * Restores the old values of every row of the change set, in one transaction.
     *
     * @throws IllegalArgumentException when there is no such change set, or it was reverted already
     * @throws RevertRefusedException   naming every row edited since the change; nothing is restored
     */
    public ChangeSet revert(long id) {
        return store.inTransaction(repositories -> {
            ChangeSet changeSet = repositories.changeSets().findById(id)
                    .orElseThrow(() -> new IllegalArgumentException("No change set " + id + " is recorded"));
            if (changeSet.reverted()) {
                throw new IllegalArgumentException("Change set " + id + " was already reverted on "
                        + changeSet.revertedAt().orElseThrow() + " by " + changeSet.revertedBy().orElse("?"));
            }
            List<String> edited = new ArrayList<>();
            List<Runnable> restores = new ArrayList<>();
            for (ChangeSetEntry entry : changeSet.entries()) {
                if (entry.target() == ChangeSetEntry.Target.DOMAIN) {
                    Optional<MailDomain> domain = repositories.domains().findById(entry.targetId());
                    if (domain.isEmpty() || domain.get().version() != entry.versionAfter()) {
                        edited.add("domain " + entry.label());
                    } else {
                        restores.add(() -> repositories.domains().update(domain.get().withDefaults(entry.oldSettings())));
                    }
                } else {
                    Optional<Mailbox> mailbox = repositories.mailboxes().findById(entry.targetId());
                    if (mailbox.isEmpty() || mailbox.get().version() != entry.versionAfter()) {
                        edited.add("mailbox " + entry.label());
                    } else {
                        restores.add(() -> repositories.mailboxes().update(mailbox.get().withOwnSettings(Optional.of(entry.oldSettings()))));
                    }
                }
            }
            if (!edited.isEmpty()) {
                throw new RevertRefusedException(id, edited);
            }
            restores.forEach(Runnable::run);
            repositories.changeSets().markReverted(id, clock.instant(), user);
            return repositories.changeSets().findById(id).orElseThrow();
        });
    }

    /** The domains and own-settings mailboxes the change writes, and the preview of every affected mailbox. */
    private record Plan(String description, List<MailDomain> domains, List<Mailbox> mailboxes, ChangePreview preview) {
    }

    private Plan plan(Repositories repositories, ServerChange change) {
        List<MailDomain> domains = scopeDomains(repositories, change);
        Map<Long, MailDomain> byId = repositories.domains().findAll().stream()
                .collect(Collectors.toMap(MailDomain::id, Function.identity()));
        List<MailDomain> changing = domains.stream().filter(d -> change.touches(d.defaults())).toList();
        List<Long> changingIds = changing.stream().map(MailDomain::id).toList();
        List<Mailbox> candidates = change.scope() instanceof ServerChange.Scope.Domains
                ? domains.stream().flatMap(d -> repositories.mailboxes().findByDomain(d.id()).stream()).toList()
                : repositories.mailboxes().findAll();
        List<ChangePreview.Row> rows = new ArrayList<>();
        List<Mailbox> ownChanging = new ArrayList<>();
        for (Mailbox mailbox : candidates) {
            MailDomain domain = byId.get(mailbox.domainId());
            ServerSettings before = mailbox.effectiveSettings(domain);
            boolean own = mailbox.ownSettings().isPresent();
            if (own ? !change.touches(before) && !(change.scope() instanceof ServerChange.Scope.Domains)
                    : !changingIds.contains(domain.id())) {
                continue;
            }
            boolean included = !own || change.includeOwnSettings();
            ServerSettings after = included ? change.applyTo(before) : before;
            rows.add(new ChangePreview.Row(mailbox.address().unicode(), domain.name().unicode(), own, included, before, after));
            if (own && included && !SettingsText.format(before).equals(SettingsText.format(after))) {
                ownChanging.add(mailbox);
            }
        }
        rows.sort(Comparator.comparing(ChangePreview.Row::domain).thenComparing(ChangePreview.Row::address));
        List<MailDomain> domainWrites = changing.stream()
                .filter(d -> !SettingsText.format(d.defaults()).equals(SettingsText.format(change.applyTo(d.defaults())))).toList();
        String description = describe(change);
        return new Plan(description, domainWrites, ownChanging, new ChangePreview(description, rows));
    }

    private static List<MailDomain> scopeDomains(Repositories repositories, ServerChange change) {
        if (change.scope() instanceof ServerChange.Scope.Domains named) {
            return named.names().stream().map(name -> repositories.domains().findByName(name)
                    .orElseThrow(() -> new IllegalArgumentException("No domain " + name.unicode() + " is recorded"))).toList();
        }
        return repositories.domains().findAll();
    }

    private static String describe(ServerChange change) {
        List<String> parts = new ArrayList<>();
        change.incoming().ifPresent(e -> parts.add("incoming → " + e));
        change.smtp().ifPresent(e -> parts.add("SMTP → " + e));
        change.usernameFormat().ifPresent(f -> parts.add("user name → " + f.storageForm()));
        String where = change.scope() instanceof ServerChange.Scope.OnHost onHost
                ? "servers on " + onHost.oldHost().unicode()
                : String.join(", ", ((ServerChange.Scope.Domains) change.scope()).names().stream().map(n -> n.unicode()).toList());
        return "Change " + where + ": " + String.join(", ", parts) + (change.includeOwnSettings() ? " (own settings included)" : "");
    }
}
