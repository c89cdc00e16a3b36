package ch.mailbench.core.change;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Change sets described in the technician's language, from the change or from what a change set changed. */
class ChangeTextsTest {

    private static final Endpoint NEW_IMAP = Endpoint.of("mail.new.ch", 993, Security.SSL_TLS);

    @Test
    void describesAChangeInEnglishFrenchGermanAndItalian() {
        ServerChange change = new ServerChange(new ServerChange.Scope.Domains(List.of(DomainName.of("bakery-dupont.ch"))),
                Optional.of(NEW_IMAP), Optional.empty(), Optional.of(UsernameFormat.LOCAL_PART), false);

        assertThat(new ChangeTexts(Locale.ENGLISH).describe(change))
                .isEqualTo("Change bakery-dupont.ch: incoming → mail.new.ch:993 SSL/TLS, username → part before the @");
        assertThat(new ChangeTexts(Locale.FRENCH).describe(change))
                .isEqualTo("Modifier bakery-dupont.ch : entrant → mail.new.ch:993 SSL/TLS, nom d'utilisateur → partie avant le @");
        assertThat(new ChangeTexts(Locale.GERMAN).describe(change))
                .isEqualTo("bakery-dupont.ch ändern: Posteingang → mail.new.ch:993 SSL/TLS, Benutzername → Teil vor dem @");
        assertThat(new ChangeTexts(Locale.ITALIAN).describe(change)).startsWith("Modifica bakery-dupont.ch: in entrata → ");
    }

    @Test
    void describesAHostScopeAndAChangeSetFromItsRows() {
        ServerChange onHost = new ServerChange(new ServerChange.Scope.OnHost(HostName.of("mail.old.ch")), Optional.of(NEW_IMAP),
                Optional.empty(), Optional.empty(), true);
        assertThat(new ChangeTexts(Locale.GERMAN).describe(onHost))
                .isEqualTo("Server auf mail.old.ch ändern: Posteingang → mail.new.ch:993 SSL/TLS (eigene Einstellungen eingeschlossen)");

        ServerSettings before = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.old.ch", 993, Security.SSL_TLS),
                Endpoint.of("smtp.old.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
        ServerSettings after = ServerSettings.of(MailboxType.IMAP, NEW_IMAP, Endpoint.of("smtp.old.ch", 465, Security.SSL_TLS), true,
                UsernameFormat.FULL_ADDRESS);
        List<ChangeSetEntry> entries = List.of("a.ch", "b.ch", "c.ch", "d.ch", "e.ch").stream()
                .map(name -> new ChangeSetEntry(ChangeSetEntry.Target.DOMAIN, 1, name, before, after, 2)).toList();
        ChangeSet set = new ChangeSet(7, Instant.EPOCH, "tech", "Change servers on mail.old.ch: incoming → …", Optional.empty(),
                Optional.empty(), entries);
        assertThat(new ChangeTexts(Locale.FRENCH).describe(set))
                .isEqualTo("Modifier a.ch, b.ch, c.ch et 2 autre(s) : entrant → mail.new.ch:993 SSL/TLS");
    }
}
