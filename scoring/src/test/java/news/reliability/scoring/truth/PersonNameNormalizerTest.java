package news.reliability.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameNormalizerTest {

    private static String keys(String authors) {
        return String.join("; ", PersonNameNormalizer.parse(authors).stream().map(PersonName::toString).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Knuth, Donald E.|knuth, donald e",
            "Donald E. Knuth|knuth, donald e",
            "Donald Knuth|knuth, donald",
            "KNUTH|knuth",
            "Reddy, J.N.|reddy, j n",
            "O'Leary, Timothy J.|oleary, timothy j",
            "Russell, Stuart J.; Norvig, Peter|russell, stuart j; norvig, peter",
            "Johnson, Michael K., Troan, Erik W.|johnson, michael k; troan, erik w",
            "Kenneth L. Calvert, Michael J. Donahoo|calvert, kenneth l; donahoo, michael j",
            "Bernstein, Philip A./ Newcomer, Eric|bernstein, philip a; newcomer, eric",
            "Curland, Matthew J. (Author) Storage, Bill (Joint Author)|curland, matthew j; storage, bill",
            "By (author) Calvert, Kenneth L. By (author) Donahoo, Michael J.|calvert, kenneth l; donahoo, michael j",
            "David V. Hutton, David Hutton|hutton, david v",
            "Aho &amp; Lam|aho; lam",
            "Todd Feil and Joan Krone|feil, todd; krone, joan",
            "Karlsson, Bj&ouml;rn|karlsson, bjorn",
            "Paul De Palma|palma, paul",
            "Rao, K. R. Bojkovic, Zoran S. Milovanovic, Dragorad A.|rao, k r; bojkovic, zoran s; milovanovic, dragorad a",
            "Van Der Linden, Peter|linden, peter",
            "Lientz,Bennet|lientz, bennet",
    })
    void parsesAuthorLists(String input, String expected) {
        assertEquals(expected, keys(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Not Available", "None", "''", "'  '", "N/A", "(Author)"})
    void missingListsAreEmpty(String input) {
        assertEquals(List.of(), PersonNameNormalizer.parse(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Knuth, Donald E.|Donald Knuth|true",
            "Knuth, Donald E.|Knuth|true",
            "Russell, Stuart J.; Norvig, Peter|Peter Norvig, Stuart Russell|true",
            "hutton, david v.;|Hutton, David W.|false",
            "o'leary, timothy j.;  o'leary, linda i.;|O'Leary, Timothy J.|false",
            "conklin, wm. arthur;|Conklin, Wm. Arthur|true",
            "Knuth, Donald E.|Knuth, Ervin|false",
    })
    void comparesAuthorSets(String a, String b, boolean same) {
        assertEquals(same, PersonNameNormalizer.sameAuthors(PersonNameNormalizer.parse(a), PersonNameNormalizer.parse(b)));
    }

    @Test
    void authorListValuesGroupAndSupportEachOther() {
        ValueSimilarity persons = ValueSimilarity.personList();
        assertEquals(persons.normalize("Knuth, Donald E."), persons.normalize("Donald E. Knuth"));
        assertEquals("knuth,d e", persons.normalize("Knuth, Donald E.").orElseThrow());
        String full = persons.normalize("Knuth, Donald E.").orElseThrow();
        String shorter = persons.normalize("Donald Knuth").orElseThrow();
        String other = persons.normalize("Aho, Alfred V.").orElseThrow();
        assertEquals(PersonListValueSimilarity.LESS_SPECIFIC, persons.similarity(full, shorter), 1e-12);
        assertEquals(0, persons.similarity(full, other), 1e-12);
        assertTrue(persons.normalize("Not Available").isEmpty());
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "aZ ,.;|/&()[]{}-'\\\"\t\néß&amp;0";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<PersonName> names = PersonNameNormalizer.parse(text.toString());
            for (PersonName name : names) {
                assertFalse(name.last().isEmpty());
            }
            ValueSimilarity.personList().normalize(text.toString());
        }
    }
}
