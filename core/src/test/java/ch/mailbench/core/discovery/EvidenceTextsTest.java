package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTextsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN);

    @Test
    void everyKindIsWordedInEveryLanguage() {
        for (Locale locale : LANGUAGES) {
            EvidenceTexts texts = new EvidenceTexts(locale);
            for (Evidence.Kind kind : Evidence.Kind.values()) {
                Evidence evidence = kind == Evidence.Kind.CERTIFICATE_STATUS
                        ? Evidence.of(kind, CertificateStatus.VALID, "mail.example.ch") : Evidence.of(kind, "a", "b", "c");
                assertThat(texts.sentence(evidence)).as(kind + " in " + locale).isNotBlank().doesNotContain("{");
            }
            Arrays.stream(Source.values()).forEach(source -> assertThat(texts.label(source)).isNotBlank());
        }
    }

    @Test
    void frenchSentencesCarryNoEnglishWords() {
        EvidenceTexts french = new EvidenceTexts(Locale.FRENCH);
        Evidence guessed = Evidence.of(Evidence.Kind.GUESSED_TLS, "mail.example.ch:993",
                Evidence.of(Evidence.Kind.CERTIFICATE_STATUS, CertificateStatus.VALID, "mail.example.ch"));
        Evidence noAnswer = Evidence.of(Evidence.Kind.NO_ANSWER, "mail.example.ch:993", Evidence.of(Evidence.Kind.REFUSED));
        Evidence redirected = Evidence.of(Evidence.Kind.REDIRECTED,
                List.of(Evidence.of(Evidence.Kind.REDIRECT_ADDRESS, "tom@example.ch"), "https://ad.example.ch/autodiscover.xml"));

        assertThat(french.sentence(guessed)).isEqualTo("essayé : mail.example.ch:993 a répondu en TLS, certificat valable pour mail.example.ch");
        assertThat(french.sentence(noAnswer)).isEqualTo("pas de réponse de mail.example.ch:993 : connexion refusée");
        assertThat(french.sentence(redirected))
                .isEqualTo("redirigé vers l’adresse tom@example.ch, puis https://ad.example.ch/autodiscover.xml");
        assertThat(french.sentence(Evidence.of(Evidence.Kind.LOGIN_FAILED, Outcome.AUTH_FAILED))).isEqualTo("connexion échouée : Connexion refusée");
        assertThat(french.summary(new SourceReport(Source.DNS, SourceReport.State.NOTHING,
                List.of(Evidence.of(Evidence.Kind.MX_NONE), Evidence.of(Evidence.Kind.SRV_NOT_OFFERED, "_imaps._tcp")), 3)))
                .isEqualTo("aucun enregistrement MX ; SRV _imaps._tcp : non proposé (cible « . »)");
    }

    @Test
    void englishIsEnglishOnAMachineSetToAnotherLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(EvidenceTexts.english().sentence(Evidence.of(Evidence.Kind.MX_NONE))).isEqualTo("no MX record");
            assertThat(new EvidenceTexts(Locale.ENGLISH).sentence(Evidence.of(Evidence.Kind.MX_NONE))).isEqualTo("no MX record");
        } finally {
            Locale.setDefault(before);
        }
    }
}
