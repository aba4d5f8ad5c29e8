package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import news.reliability.core.text.ResourceTable;

class WordListsTest {

    private final WordLists words = WordLists.standard();

    @Test
    void phrasesMatchOnWordBoundariesPerKind() {
        assertEquals(3, words.phraseHits(BlockLabel.NEWSLETTER, "sign up for our newsletter"), "sign up, sign up for, newsletter");
        assertEquals(0, words.phraseHits(BlockLabel.NEWSLETTER, "the signupsheet"));
        assertEquals(1, words.phraseHits(BlockLabel.LEGAL, "impressum"));
        assertEquals(2, words.phraseHits(BlockLabel.COMMENTS, "leave a comment"), "leave a comment, comment");
        assertEquals(0, words.phraseHits(BlockLabel.OTHER, "anything"));
        assertEquals(2, words.pathHits("comments", "body/div#comments/div.reply"));
        assertEquals(0, words.pathHits("nope", "body/nav"));
    }

    @Test
    void aLineNamesASectionWhenItsWordsAreThatKindsPhrasesNumbersAside() {
        assertTrue(words.namesSection(BlockLabel.COMMENTS, "comments"));
        assertTrue(words.namesSection(BlockLabel.COMMENTS, "36 comments"), "a count is not another word");
        assertTrue(words.namesSection(BlockLabel.COMMENTS, "kommentare (0)"));
        assertTrue(words.namesSection(BlockLabel.COMMENTS, "schreibe einen kommentar:"));
        assertFalse(words.namesSection(BlockLabel.COMMENTS, "neueste kommentare"), "a word outside the phrases");
        assertFalse(words.namesSection(BlockLabel.COMMENTS, "minister says"));
        assertFalse(words.namesSection(BlockLabel.NEWSLETTER, "comments"), "another kind's phrase");
        assertFalse(words.namesSection(BlockLabel.COMMENTS, ""), "no phrase at all");
        assertFalse(words.namesSection(BlockLabel.COMMENTS, "2024"));
    }

    @Test
    void groupsAreParsedAndUnknownOnesRefused() {
        WordLists parsed = new WordLists(ResourceTable.groups("# comment\n[ad]\nSponsored\n\nAnzeige\n"),
                ResourceTable.groups("[comments]\nKommentare\n"));
        assertEquals(1, parsed.phraseHits(BlockLabel.AD, "anzeige"));
        assertEquals(1, parsed.pathHits("comments", "body/div#kommentare"), "path hints are matched in lower case");
        assertThrows(IllegalArgumentException.class,
                () -> new WordLists(Map.of("gossip", List.of("x")), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WordLists(Map.of(), Map.of("gossip", List.of("x"))));
    }

    @Test
    void nothingInMainNamesTheSeedStory() throws IOException {
        List<String> banned = List.of("amazon", "openai", "nvidia", "trainium", "inferentia", "microsoft", "chatgpt",
                "aws", "bihar", "erasmus");
        Path main = Path.of("src/main");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".model")).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                for (String word : banned) {
                    assertFalse(text.matches("(?s).*\\b" + word + "\\b.*"), file + " names " + word);
                }
            }
        }
        assertTrue(Files.isDirectory(main));
    }
}
