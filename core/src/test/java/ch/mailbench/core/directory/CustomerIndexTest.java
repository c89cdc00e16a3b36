package ch.mailbench.core.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerIndexTest {

    private final CustomerIndex index = new CustomerIndex(List.of(
            summary(1, "Zahnarztpraxis Müller", "Hans Müller", "zahnarzt-mueller.ch info@zahnarzt-mueller.ch"),
            summary(2, "Café Martin", "Élodie Martin", "café-martin.ch commandes@café-martin.ch"),
            summary(3, "Boulangerie Dupont", "Marie Dupont", "bakery-dupont.ch compta@bakery-dupont.ch"),
            summary(4, "Åberg AG", "", "aberg.ch")), Locale.GERMAN);

    private static CustomerSummary summary(long id, String name, String contact, String more) {
        return new CustomerSummary(id, name, contact, 0, 0, SearchText.fold(name + " " + contact + " " + more));
    }

    @ParameterizedTest
    @CsvSource({"muller, Zahnarztpraxis Müller", "MÜLLER, Zahnarztpraxis Müller", "cafe, Café Martin",
            "café-martin.ch, Café Martin", "compta@bakery, Boulangerie Dupont", "elodie, Café Martin"})
    void findsByNameContactDomainOrAddressIgnoringAccentsAndCase(String query, String expected) {
        assertThat(index.filter(query)).extracting(CustomerSummary::name).containsExactly(expected);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(index.filter("dupont compta")).extracting(CustomerSummary::id).containsExactly(3L);
        assertThat(index.filter("dupont cafe")).isEmpty();
    }

    @Test
    void aBlankQueryListsEveryoneSortedByNameAsPeopleRead() {
        assertThat(index.filter("  ")).extracting(CustomerSummary::name)
                .containsExactly("Åberg AG", "Boulangerie Dupont", "Café Martin", "Zahnarztpraxis Müller");
    }

    @Test
    void namesThatFoldAlikeAreSortedByTheCollatorThenByAge() {
        CustomerIndex alike = new CustomerIndex(List.of(summary(7, "Müller AG", "", ""), summary(5, "muller ag", "", ""),
                summary(6, "Muller AG", "", ""), summary(4, "Mueller AG", "", ""), summary(3, "Straße 1", "", ""),
                summary(2, "Strasse 2", "", "")), Locale.GERMAN);

        assertThat(alike.all()).extracting(CustomerSummary::id).containsExactly(4L, 5L, 6L, 7L, 3L, 2L);
    }

    @Test
    void aNamesOnlyIndexIsCompletedInTheSameOrder() {
        CustomerIndex namesOnly = CustomerIndex.namesOnly(List.of(summary(1, "Zahnarzt", "", ""), summary(2, "Bäckerei", "", "")),
                Locale.GERMAN);
        assertThat(namesOnly.isComplete()).isFalse();
        assertThat(namesOnly.filter("compta@")).isEmpty();

        CustomerIndex complete = namesOnly.withSearchTexts(java.util.Map.of(2L, SearchText.fold("Bäckerei compta@baeckerei.ch")));

        assertThat(complete.isComplete()).isTrue();
        assertThat(complete.all()).extracting(CustomerSummary::id).containsExactly(2L, 1L);
        assertThat(complete.filter("compta@")).extracting(CustomerSummary::id).containsExactly(2L);
        assertThat(complete.filter("zahnarzt")).extracting(CustomerSummary::id).containsExactly(1L);
    }

    @Test
    void foldsGermanSharpS() {
        assertThat(SearchText.fold("Straße Œuvre")).isEqualTo("strasse oeuvre");
    }
}
