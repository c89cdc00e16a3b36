package ch.mailbench.app.cli;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.history.UndoRefusal;
import ch.mailbench.core.history.UndoRefusal.Kind;
import ch.mailbench.core.history.Undoable;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code log} and {@code undo} speak the process's language: French and German besides English, every word in all three. */
class HistoryTextsTest {

    private static final HistoryEntry DELETE = new HistoryEntry(7, 7, Instant.parse("2026-11-30T10:00:00Z"), "alice", Action.DELETED,
            Target.CUSTOMER, 3, Optional.of(3L), "Bäckerei Frei", Map.of("name", "Bäckerei Frei"), Map.of(), "", 0, Optional.of(8L));
    private static final HistoryEntry UNDO = new HistoryEntry(8, 8, Instant.parse("2026-11-30T10:05:00Z"), "alice", Action.UNDONE,
            Target.CUSTOMER, 3, Optional.of(3L), "Bäckerei Frei", Map.of(), Map.of("undone", "DELETED"), "", 0, Optional.empty());
    private static final Undoable UNDOABLE = new Undoable(7, DELETE, List.of(DELETE));

    @Test
    void theLogSpeaksFrenchAndGerman() {
        assertThat(log(Locale.FRENCH)).contains("QUAND (UTC)", "QUI", "ANCIEN → NOUVEAU", "annulation : suppression client",
                "suppression client (annulé)", "2 modification(s)");
        assertThat(log(Locale.GERMAN)).contains("WANN (UTC)", "WER", "ALT → NEU", "Rückgängig: Kunde gelöscht",
                "Kunde gelöscht (rückgängig gemacht)", "2 Änderung(en)");
        assertThat(log(Locale.ENGLISH)).contains("WHEN (UTC)", "undo delete customer", "delete customer (undone)", "2 change(s)");
    }

    @Test
    void undoSpeaksFrenchAndGerman() {
        HistoryTexts french = new HistoryTexts(Locale.FRENCH);
        assertThat(french.say("done", french.describe(UNDOABLE), "8")).isEqualTo("Annulé : la suppression du client Bäckerei Frei"
                + " (entrée d’historique 8)");
        assertThat(french.say("nothing", "alice")).isEqualTo("Rien à annuler : alice n’a plus de modification à annuler.");
        HistoryTexts german = new HistoryTexts(Locale.GERMAN);
        assertThat(german.say("wouldUndo", german.describe(UNDOABLE))).isEqualTo("Würde rückgängig machen: Löschen des Kunden Bäckerei Frei");
        HistoryTexts english = new HistoryTexts(Locale.ENGLISH);
        assertThat(english.say("done", english.describe(UNDOABLE), "8")).isEqualTo("Undone: the " + UNDOABLE.describe() + " (history entry 8)");
    }

    @Test
    void aRefusedUndoSaysWhyInFrenchAndGerman() {
        Instant at = Instant.parse("2026-11-30T17:20:00Z");
        List<UndoRefusal> reasons = List.of(new UndoRefusal(Kind.CHANGED, Target.CUSTOMER, "Bäckerei Frei", "bob", at),
                new UndoRefusal(Kind.NAME_TAKEN, Target.DOMAIN, "baeckerei-frei.ch", null, null));
        assertThat(new HistoryTexts(Locale.FRENCH).refused(UNDOABLE, reasons, true)).isEqualTo("Impossible d’annuler la suppression du"
                + " client Bäckerei Frei : le client Bäckerei Frei a été modifié par bob le 2026-11-30 17:20 UTC depuis ; le domaine"
                + " baeckerei-frei.ch est de nouveau enregistré. Rien n’a été annulé. La décision plus récente reste en place ; la"
                + " prochaine annulation porte sur votre modification précédente.");
        assertThat(new HistoryTexts(Locale.GERMAN).refused(UNDOABLE, reasons.subList(0, 1), false))
                .contains("Kunde Bäckerei Frei wurde seither von bob am 2026-11-30 17:20 UTC geändert");
    }

    /** Every refusal core can make has its words, and the English ones are core's own (the exception's message, for logs). */
    @Test
    void everyRefusalIsWordedAndTheEnglishMatchesCore() {
        ResourceBundle english = ResourceBundle.getBundle("ch.mailbench.app.cli.HistoryTexts", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Instant at = Instant.parse("2026-11-30T17:20:00Z");
        List<UndoRefusal> all = new ArrayList<>();
        for (Target row : List.of(Target.CUSTOMER, Target.DOMAIN, Target.MAILBOX)) {
            for (Kind kind : List.of(Kind.CHANGED, Kind.DELETED, Kind.NAME_TAKEN, Kind.ID_TAKEN)) {
                all.add(new UndoRefusal(kind, row, "x", null, null));
            }
            all.add(new UndoRefusal(Kind.CHANGED, row, "x", "bob", at));
            all.add(new UndoRefusal(Kind.DELETED, row, "x", "bob", at));
        }
        all.addAll(List.of(new UndoRefusal(Kind.NOT_EMPTY, Target.CUSTOMER, "x", null, null),
                new UndoRefusal(Kind.NOT_EMPTY, Target.DOMAIN, "x", null, null),
                new UndoRefusal(Kind.CHANGE_SET_REVERTED, Target.CHANGE_SET, "4", null, null),
                new UndoRefusal(Kind.REVERT_NOT_UNDOABLE, Target.CHANGE_SET, "x", null, null),
                new UndoRefusal(Kind.CERTIFICATES_CHANGED, Target.CERTIFICATE, "x", "bob", at),
                new UndoRefusal(Kind.CERTIFICATE_ALREADY_TRUSTED, Target.CERTIFICATE, "x", null, null),
                new UndoRefusal(Kind.CERTIFICATE_ALREADY_DISTRUSTED, Target.CERTIFICATE, "x", null, null),
                new UndoRefusal(Kind.MASTER_PASSWORD_CHANGED, Target.VAULT, "", null, null),
                new UndoRefusal(Kind.PASSWORD_CHANGED, Target.MAILBOX, "x", "bob", at),
                new UndoRefusal(Kind.MASTER_PASSWORD_NOT_UNDOABLE, Target.VAULT, "master password", null, null),
                new UndoRefusal(Kind.PASSWORDS_REMOVAL_NOT_UNDOABLE, Target.VAULT, "all passwords", null, null)));
        for (UndoRefusal refusal : all) {
            assertThat(english.containsKey(refusal.key())).as(refusal.key()).isTrue();
            assertThat(new MessageFormat(english.getString(refusal.key()), Locale.ROOT).format(refusal.arguments()))
                    .isEqualTo(refusal.english());
        }
    }

    @Test
    void everyTextIsThereInAllThreeLanguages() {
        ResourceBundle.Control properties = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english = ResourceBundle.getBundle("ch.mailbench.app.cli.HistoryTexts", Locale.ROOT, properties);
        for (Locale locale : List.of(Locale.FRENCH, Locale.GERMAN)) {
            ResourceBundle other = ResourceBundle.getBundle("ch.mailbench.app.cli.HistoryTexts", locale, properties);
            assertThat(other.getLocale()).isEqualTo(locale);
            assertThat(other.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        }
        for (Target target : Target.values()) {
            for (Action action : Action.values()) {
                boolean described = english.containsKey("describe." + target + "." + action);
                assertThat(english.containsKey("what." + target + "." + action)).as(target + " " + action).isEqualTo(described);
            }
        }
    }

    private static String log(Locale locale) {
        StringWriter text = new StringWriter();
        LogCommand.table(new PrintWriter(text, true), List.of(UNDO, DELETE), new HistoryTexts(locale));
        return text.toString();
    }
}
