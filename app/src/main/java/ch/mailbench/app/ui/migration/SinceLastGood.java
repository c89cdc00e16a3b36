package ch.mailbench.app.ui.migration;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between a run's checks of a mailbox and its last good check, read from the mailbox's
 * history: the technician sees why a mailbox that worked now fails ("username format changed from
 * full address to local part", "certificate issuer changed"). Pure; any thread.
 */
final class SinceLastGood {

    /** One difference, worded by {@link MigrationTexts}. */
    sealed interface Change {
        record NowFails(Instant verifiedAt) implements Change { }

        record UsernameChanged(UsernameFormat from, UsernameFormat to) implements Change { }

        record ServerChanged(Protocol protocol, Endpoint from, Endpoint to) implements Change { }

        record IssuerChanged(Protocol protocol, String from, String to) implements Change { }
    }

    private SinceLastGood() {
    }

    /**
     * @param newestFirst the mailbox's history, newest first, including this run's attempts
     * @param runStart    when the run began: attempts from then on are this run's
     * @param failsNow    whether this run tried a login and it failed
     */
    static List<Change> of(List<Verification> newestFirst, Instant runStart, boolean failsNow) {
        List<Verification> run = newestFirst.stream().filter(v -> !v.checkedAt().isBefore(runStart)).toList();
        List<Verification> before = newestFirst.stream().filter(v -> v.checkedAt().isBefore(runStart)).toList();
        Optional<Verification> lastGood = before.stream().filter(v -> v.outcome() == Outcome.OK).findFirst();
        if (lastGood.isEmpty() || run.isEmpty()) {
            return List.of();
        }
        Set<Change> changes = new LinkedHashSet<>();
        if (failsNow) {
            changes.add(new Change.NowFails(lastGood.get().checkedAt()));
        }
        for (Protocol protocol : Protocol.values()) {
            // The run's first attempt on a server used the recorded settings; a second one was the other username format.
            Optional<Verification> first = lastOf(run.stream().filter(v -> v.protocol() == protocol).toList());
            Optional<Verification> good = before.stream().filter(v -> v.protocol() == protocol && v.outcome() == Outcome.OK).findFirst();
            if (first.isEmpty() || good.isEmpty()) {
                continue;
            }
            Verification now = first.get();
            Verification then = good.get();
            if (!now.endpoint().equals(then.endpoint())) {
                changes.add(new Change.ServerChanged(protocol, then.endpoint(), now.endpoint()));
            }
            if (!now.usernameFormat().equals(then.usernameFormat())) {
                changes.add(new Change.UsernameChanged(then.usernameFormat(), now.usernameFormat()));
            }
            Optional<String> issuerNow = run.stream().filter(v -> v.protocol() == protocol).map(Verification::certificate)
                    .flatMap(Optional::stream).map(CertificateInfo::issuer).findFirst();
            Optional<String> issuerThen = then.certificate().map(CertificateInfo::issuer);
            if (issuerNow.isPresent() && issuerThen.isPresent() && !issuerNow.equals(issuerThen)) {
                changes.add(new Change.IssuerChanged(protocol, commonName(issuerThen.get()), commonName(issuerNow.get())));
            }
        }
        return new ArrayList<>(changes);
    }

    private static Optional<Verification> lastOf(List<Verification> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** "CN=R11, O=Let's Encrypt, C=US" → "R11": the part a technician recognises. */
    static String commonName(String distinguishedName) {
        for (String part : distinguishedName.split(",")) {
            String trimmed = part.strip();
            if (trimmed.regionMatches(true, 0, "CN=", 0, 3)) {
                return trimmed.substring(3);
            }
        }
        return distinguishedName;
    }
}
