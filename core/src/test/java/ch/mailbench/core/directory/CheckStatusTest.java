package ch.mailbench.core.directory;

import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CheckStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void neverCheckedWithoutACheck() {
        assertThat(CheckStatus.of(Optional.empty(), NOW)).isEqualTo(CheckStatus.NEVER_CHECKED);
    }

    @Test
    void aRecentSuccessIsVerifiedAndAnOldOneStale() {
        assertThat(CheckStatus.of(check(Duration.ofHours(2), Outcome.OK), NOW)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(CheckStatus.of(check(Duration.ofDays(91), Outcome.OK), NOW)).isEqualTo(CheckStatus.STALE);
    }

    @Test
    void anyOtherOutcomeIsFailingHoweverOld() {
        assertThat(CheckStatus.of(check(Duration.ofMinutes(3), Outcome.AUTH_FAILED), NOW)).isEqualTo(CheckStatus.FAILING);
        assertThat(CheckStatus.of(check(Duration.ofDays(300), Outcome.TIMEOUT), NOW)).isEqualTo(CheckStatus.FAILING);
    }

    private static Optional<LastCheck> check(Duration ago, Outcome outcome) {
        return Optional.of(new LastCheck(NOW.minus(ago), outcome));
    }
}
