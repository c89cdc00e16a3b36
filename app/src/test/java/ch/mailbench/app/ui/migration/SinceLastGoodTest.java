package ch.mailbench.app.ui.migration;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "What changed since the last good check", from a mailbox's history, in words. */
class SinceLastGoodTest {

    private static final Instant GOOD = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant RUN = Instant.parse("2026-11-30T10:00:00Z");
    private static final Endpoint OLD = Endpoint.of("mail.old.ch", 993, Security.SSL_TLS);
    private static final Endpoint NEW = Endpoint.of("mail.new.ch", 993, Security.SSL_TLS);

    private static Verification check(Instant at, Endpoint endpoint, UsernameFormat format, Outcome outcome, String issuer) {
        Optional<CertificateInfo> certificate = Optional.of(new CertificateInfo("CN=" + endpoint.host().ascii(), issuer,
                GOOD.minusSeconds(86_400), RUN.plusSeconds(86_400), "AB:CD"));
        return new Verification(0, 1, at, Protocol.IMAP, endpoint, "marie", format, outcome, 12, certificate, "", "");
    }

    @Test
    void aFailureAfterAMoveNamesTheOldGoodDateTheNewServerTheUsernameFormatAndTheIssuer() {
        List<Verification> history = List.of(
                check(RUN.plusSeconds(2), NEW, UsernameFormat.FULL_ADDRESS, Outcome.AUTH_FAILED, "CN=R11, O=Let's Encrypt, C=US"),
                check(RUN.plusSeconds(1), NEW, UsernameFormat.LOCAL_PART, Outcome.AUTH_FAILED, "CN=R11, O=Let's Encrypt, C=US"),
                check(GOOD, OLD, UsernameFormat.FULL_ADDRESS, Outcome.OK, "CN=Sectigo RSA, O=Sectigo Limited"),
                check(GOOD.minusSeconds(60), OLD, UsernameFormat.FULL_ADDRESS, Outcome.TIMEOUT, "CN=Old CA"));

        List<SinceLastGood.Change> changes = SinceLastGood.of(history, RUN, true);

        MigrationTexts texts = new MigrationTexts(Locale.ENGLISH);
        assertThat(changes.stream().map(texts::change)).containsExactly(
                "now fails — was verified on " + java.time.LocalDate.ofInstant(GOOD, java.time.ZoneId.systemDefault()),
                "IMAP server changed from mail.old.ch:993 SSL/TLS to mail.new.ch:993 SSL/TLS",
                "username format changed from full email address to part before the @",
                "IMAP certificate issuer changed from Sectigo RSA to R11");
    }

    @Test
    void nothingToSayWithoutAnEarlierGoodCheckOrWhenNothingDiffers() {
        assertThat(SinceLastGood.of(List.of(check(RUN, NEW, UsernameFormat.FULL_ADDRESS, Outcome.AUTH_FAILED, "CN=R11")), RUN, true))
                .isEmpty();
        assertThat(SinceLastGood.of(List.of(check(RUN, OLD, UsernameFormat.FULL_ADDRESS, Outcome.OK, "CN=R11"),
                check(GOOD, OLD, UsernameFormat.FULL_ADDRESS, Outcome.OK, "CN=R11")), RUN, false)).isEmpty();
    }

    @Test
    void changesAreWordedInFrenchAndGerman() {
        SinceLastGood.Change change = new SinceLastGood.Change.UsernameChanged(UsernameFormat.FULL_ADDRESS, UsernameFormat.LOCAL_PART);
        assertThat(new MigrationTexts(Locale.FRENCH).change(change))
                .isEqualTo("format du nom d'utilisateur changé : adresse e-mail complète → partie avant le @");
        assertThat(new MigrationTexts(Locale.GERMAN).change(change)).startsWith("Format des Benutzernamens geändert: ");
    }
}
