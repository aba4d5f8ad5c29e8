package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;
import news.reliability.core.parse.HtmlParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;

class BoilerplateClassifierTest {

    private static final BoilerplateClassifier CLASSIFIER = BoilerplateClassifier.standard();

    private static Map<String, BlockLabel> labels(List<BlockVerdict> verdicts) {
        return verdicts.stream().collect(Collectors.toMap(v -> v.block().text(), BlockVerdict::label, (a, b) -> a));
    }

    @Test
    void flagsAPastedArticlesHashtagsTeasersAndCommentFormButKeepsItsText() {
        String text = """
                #Local #Transport

                Ferry Timetable Changes From Monday

                The harbour authority will add two evening sailings from Monday, its chair said on Friday.

                The changes follow a survey in which 1,200 passengers asked for later crossings. Fares stay the same.

                Crews will be hired from the current relief pool, the operator said.

                Council Approves New Car Park Charges After

                School Run Traffic Plan Divides Parents In

                Leave a comment

                Your email address will not be published. Required fields are marked *
                """;
        var verdicts = CLASSIFIER.classify(new TextParser().parse(text));
        Map<String, BlockLabel> labels = labels(verdicts);
        assertEquals(BlockLabel.TAGS, labels.get("#Local #Transport"));
        // The model alone puts the pasted headline near the threshold (0.33 to 0.44 across training sets and
        // seeds); as the line just before the first content line it is kept as the headline.
        assertEquals(BlockLabel.CONTENT, labels.get("Ferry Timetable Changes From Monday"));
        assertEquals(BlockLabel.CONTENT, labels.get(
                "The harbour authority will add two evening sailings from Monday, its chair said on Friday."));
        assertEquals(BlockLabel.CONTENT, labels.get(
                "Crews will be hired from the current relief pool, the operator said."));
        assertEquals(BlockLabel.RELATED, labels.get("Council Approves New Car Park Charges After"));
        assertEquals(BlockLabel.RELATED, labels.get("School Run Traffic Plan Divides Parents In"));
        assertEquals(BlockLabel.COMMENTS, labels.get("Leave a comment"));
        assertEquals(BlockLabel.COMMENTS,
                labels.get("Your email address will not be published. Required fields are marked *"));
    }

    @Test
    void aPastesSubheadingsAreKeptButTrailingTeaserHeadlinesAreNot() {
        String text = """
                Harbour Board Backs Longer Ferry Season

                The harbour board voted on Thursday to run the island ferry from March to November, two months longer than now.

                Why the Sudden Change?

                Visitor numbers on the island rose by a third last year, and the board expects the trend to continue, its chair said.

                Looking Forward: The Future of the Route

                A second vessel could join the route in 2027 if the numbers keep rising, the chair added.

                Council Approves New Car Park Charges After

                School Run Traffic Plan Divides Parents In
                """;
        Map<String, BlockLabel> labels = labels(CLASSIFIER.classify(new TextParser().parse(text)));
        assertEquals(BlockLabel.CONTENT, labels.get("Harbour Board Backs Longer Ferry Season"));
        // The model alone has left this one near the threshold (0.34 with rf-812ede04, 0.43 with rf-2c329f28):
        // it sits between content lines, which keeps it whatever the model says.
        assertEquals(BlockLabel.CONTENT, labels.get("Looking Forward: The Future of the Route"));
        assertEquals(BlockLabel.CONTENT, labels.get("Why the Sudden Change?"));
        assertTrue(labels.get("Council Approves New Car Park Charges After").isBoilerplate());
        assertTrue(labels.get("School Run Traffic Plan Divides Parents In").isBoilerplate());
    }

    @Test
    void aCleanArticleHasNoFlags() {
        String text = """
                The harbour authority approved a new ferry terminal on Tuesday, its chair said.

                The terminal will cost about 140 million euros and open in 2029.
                """;
        assertTrue(CLASSIFIER.classify(new TextParser().parse(text)).stream().allMatch(BlockVerdict::isContent));
    }

    @Test
    void anHtmlPageLosesItsMenuCookieNoticeAndFooter() {
        String html = """
                <html><body>
                <div class="cookie-notice"><p>We use cookies to improve your experience. Accept all cookies.</p></div>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <article><h1>Bridge reopens after repairs</h1>
                <p>The Castle Bridge reopened to traffic on Monday after nine months of repairs costing 2 million pounds.</p>
                <p>Engineers replaced four corroded steel beams and resurfaced the deck, the council said in a statement.</p>
                <p>Buses will return to their normal routes from next week, the operator confirmed on Sunday.</p>
                </article>
                <footer><p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p><p>© 2025 Example News</p></footer>
                </body></html>""";
        var verdicts = CLASSIFIER.classify(new HtmlParser().parse(html));
        Map<String, BlockLabel> labels = labels(verdicts);
        assertEquals(BlockLabel.LEGAL, labels.get("We use cookies to improve your experience. Accept all cookies."));
        assertEquals(BlockLabel.NAVIGATION, labels.get("Home"));
        assertEquals(BlockLabel.LEGAL, labels.get("Privacy policy | Terms of use"));
        assertEquals(BlockLabel.CONTENT, labels.get(
                "Engineers replaced four corroded steel beams and resurfaced the deck, the council said in a statement."));
        String main = MainText.of(verdicts).text();
        assertTrue(main.startsWith("Bridge reopens after repairs") || main.startsWith("The Castle Bridge"), main);
        assertFalse(main.contains("Privacy"), main);
    }

    @Test
    void linkLinesInTheTextAndAsidesAreNotTheArticle() {
        String html = """
                <html><body><main>
                <article><h1>Neue Brücke über die Lahn freigegeben</h1>
                <div class="article-text">
                <p>Die neue Fußgängerbrücke über die Lahn ist seit Montag geöffnet, teilte die Stadt am Wochenende mit.</p>
                <p>Der Bau hat vierzehn Monate gedauert und rund drei Millionen Euro gekostet, etwas mehr als geplant.</p>
                <p>Mehr dazu: <a href="/a/1">Warum die alte Brücke gesperrt werden musste</a></p>
                <p>Radfahrer müssen auf der Brücke absteigen, weil der Weg dort nur zwei Meter breit ist, sagte der Baudezernent.</p>
                <p>Die offizielle Einweihung mit einem kleinen Fest am Ufer ist für den ersten Samstag im Mai geplant.</p>
                </div></article>
                <aside><div class="entry-text"><p>Unsere Redaktion berichtet seit vielen Jahren über alles, was in der Stadt und im Landkreis geschieht, und freut sich über Hinweise.</p></div></aside>
                </main></body></html>""";
        var verdicts = CLASSIFIER.classify(new HtmlParser().parse(html));
        Map<String, BlockLabel> labels = labels(verdicts);
        assertTrue(labels.get("Mehr dazu: Warum die alte Brücke gesperrt werden musste").isBoilerplate());
        assertTrue(labels.get("Unsere Redaktion berichtet seit vielen Jahren über alles, was in der Stadt und im "
                + "Landkreis geschieht, und freut sich über Hinweise.").isBoilerplate());
        assertEquals(BlockLabel.CONTENT, labels.get(
                "Radfahrer müssen auf der Brücke absteigen, weil der Weg dort nur zwei Meter breit ist, sagte der Baudezernent."));
    }

    @Test
    void theLeadBetweenHeadlineAndBodyIsKeptWhateverItsContainerIsCalled() {
        // The model alone scores the lead under the threshold (0.28 with rf-88793474, trained on 81 pages): "teaser"
        // names boilerplate on most pages.
        String html = """
                <html><body>
                <div id="header"><div class="logo"><a href="/">Turnverein 1880</a></div>
                <ul class="nav"><li><a href="/">Start</a></li><li><a href="/verein">Verein</a></li><li><a href="/abteilungen">Abteilungen</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
                <div id="wrap">
                <div class="header-news"><span class="category">Aktuelles</span>
                <h1>Hallenbad wird im Sommer saniert</h1>
                <div class="teaser">Ab Juni bleibt das Bad für zwölf Wochen geschlossen, das Training der Schwimmabteilung zieht in das Nachbarbad um.</div></div>
                <div class="text">
                <p>Die Stadt erneuert die Lüftung und die Duschen, was nach Angaben des Bauamts rund 1,8 Millionen Euro kosten wird, teilte der Vorstand mit.</p>
                <p>Die Kurse für Kinder laufen im Nachbarbad weiter, allerdings zu anderen Zeiten; die neuen Pläne hängen ab Mai in der Geschäftsstelle aus.</p>
                </div></div>
                <div id="footer"><p>Turnverein 1880 e.V. · Impressum · Datenschutz</p></div>
                </body></html>""";
        Map<String, BlockLabel> labels = labels(CLASSIFIER.classify(new HtmlParser().parse(html)));
        assertEquals(BlockLabel.CONTENT, labels.get("Ab Juni bleibt das Bad für zwölf Wochen geschlossen, das Training "
                + "der Schwimmabteilung zieht in das Nachbarbad um."));
        assertTrue(labels.get("Aktuelles").isBoilerplate());
        assertTrue(labels.get("Turnverein 1880 e.V. · Impressum · Datenschutz").isBoilerplate());
    }

    @Test
    void aShortCallToActionInsideTheArticleBodyIsNotTheArticle() {
        // Without the phrase penalty the model keeps the call (0.75 with boilerplate.phrasePenalty=0, 124 pages).
        String html = """
                <html><body>
                <nav class="menu"><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <main><article><h1>Inselfähre fährt nach Motorumbau wieder</h1>
                <div class="entry-content">
                <p>Die Fähre zwischen dem alten Hafen und der Insel fährt ab Montag wieder, nachdem ihr Motor sechs Wochen lang umgebaut wurde, teilte die Reederei mit.</p>
                <p>Jetzt den Newsletter abonnieren und nichts mehr verpassen!</p>
                <p>Der Umbau hat rund 2,4 Millionen Euro gekostet und soll den Verbrauch des Schiffes um ein Fünftel senken, wie aus Zahlen der Hafenverwaltung hervorgeht.</p>
                <p>Der Fahrplan bleibt wie vor dem Umbau, mit der ersten Fahrt um 6.40 Uhr am Morgen und der letzten um 21.15 Uhr am Abend.</p>
                </div></article></main>
                <footer><p>© 2025 Hafenkurier. Alle Rechte vorbehalten.</p></footer>
                </body></html>""";
        Map<String, BlockLabel> labels = labels(CLASSIFIER.classify(new HtmlParser().parse(html)));
        assertTrue(labels.get("Jetzt den Newsletter abonnieren und nichts mehr verpassen!").isBoilerplate());
        assertEquals(BlockLabel.CONTENT, labels.get("Der Fahrplan bleibt wie vor dem Umbau, mit der ersten Fahrt um "
                + "6.40 Uhr am Morgen und der letzten um 21.15 Uhr am Abend."));
    }

    @Test
    void siblingsRevealRepeatedTemplateBlocks() {
        var pages = Fixtures.DOCUMENTS.stream().filter(d -> d.source().equals("metro-wire")).toList();
        ParsedDocument page = pages.getFirst().document();
        var siblings = pages.subList(1, pages.size()).stream().map(LabeledDocument::document).toList();
        TemplateIndex index = TemplateIndex.of(siblings);
        assertEquals(2, index.pages());
        String menuItem = page.blocks().getFirst().text();
        assertEquals(1.0, index.share(menuItem));
        assertEquals(0.0, index.share(page.blocks().get(10).text().repeat(2)));
        var withSiblings = CLASSIFIER.classify(page, siblings);
        assertEquals(page.blocks().size(), withSiblings.size());
    }

    @Test
    void verdictsCoverEveryBlockInOrderWithProbabilities() {
        for (LabeledDocument document : Fixtures.DOCUMENTS.subList(0, 5)) {
            var verdicts = CLASSIFIER.classify(document.document());
            assertEquals(document.document().blocks(), verdicts.stream().map(BlockVerdict::block).toList());
            assertTrue(verdicts.stream().allMatch(v -> v.contentProbability() >= 0 && v.contentProbability() <= 1));
        }
        assertEquals(List.of(), CLASSIFIER.classify(new TextParser().parse("  \n\n ")));
    }

    private static Block block(int index, String text) {
        return new Block(index, BlockKind.ELEMENT, 0, text.length(), text, index, "body/div/p", 0, -1, -1);
    }

    @Test
    void aNearlyEmptyPageIsJudgedAgainAtHalfTheThreshold() {
        List<Block> blocks = List.of(block(0, "Product data"), block(1, "Keine Angaben des Herstellers verfügbar."),
                block(2, "Kontakt"));
        double[] p = {0.40, 0.25, 0.10};
        boolean[] content = {true, false, false};
        BoilerplateClassifier.lowerTheBarOfANearlyEmptyPage(blocks, p, content, 0.35);
        assertTrue(content[0]);
        assertTrue(content[1], "0.25 is above half of 0.35");
        assertFalse(content[2], "0.10 stays under half the threshold");

        List<Block> full = List.of(block(0, "x".repeat(BoilerplateClassifier.NEARLY_EMPTY_CHARS)), block(1, "A note."));
        boolean[] kept = {true, false};
        BoilerplateClassifier.lowerTheBarOfANearlyEmptyPage(full, new double[] {0.9, 0.3}, kept, 0.35);
        assertFalse(kept[1], "a page that kept enough text keeps its threshold");
    }

    @Test
    void aHeadingRightOverKeptTextIsContent() {
        BlockFeatures features = new BlockFeatures(WordLists.standard());
        String html = """
                <html><body><article>
                <h2>Lehrstoffinhalte</h2><p>Die Schüler lernen Motoren, Getriebe und Bremsen zu prüfen.</p>
                <h3>Newsletter abonnieren</h3><p>Jeden Freitag die wichtigsten Nachrichten.</p>
                <h3><a href="/a">Weitere Artikel</a></h3><p>Ein Absatz.</p>
                <h4>Ohne Text darunter</h4><p>Kontakt</p>
                </article></body></html>""";
        ParsedDocument document = new HtmlParser().parse(html);
        List<Block> blocks = document.blocks();
        double[][] rows = features.rows(document, TemplateIndex.empty());
        boolean[] content = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            content[i] = blocks.get(i).tagPath().endsWith("/p") && !blocks.get(i).text().equals("Kontakt");
        }
        BoilerplateClassifier.keepHeadingsOverKeptText(blocks, rows, features.names().indexOf("tag"),
                features.phraseColumns(), content);
        Map<String, Boolean> kept = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            kept.put(blocks.get(i).text(), content[i]);
        }
        assertEquals(true, kept.get("Lehrstoffinhalte"));
        assertEquals(false, kept.get("Newsletter abonnieren"), "a boilerplate phrase");
        assertEquals(false, kept.get("Weitere Artikel"), "a link");
        assertEquals(false, kept.get("Ohne Text darunter"), "nothing kept under it");
    }

    @Test
    void aDoubtfulBlockBetweenKeptTextTakesItsSide() {
        List<Block> blocks = List.of(
                new Block(0, BlockKind.ELEMENT, 0, 10, "Erster Absatz.", 0, "body/article/p", 0, -1, -1),
                new Block(1, BlockKind.ELEMENT, 11, 20, "Zwischenzeile", 1, "body/article/p", 0, -1, -1),
                new Block(2, BlockKind.ELEMENT, 21, 30, "Zweiter Absatz.", 2, "body/article/p", 0, -1, -1),
                new Block(3, BlockKind.ELEMENT, 31, 40, "Randnotiz", 3, "body/aside/p", 0, -1, -1),
                new Block(4, BlockKind.ELEMENT, 41, 50, "Dritter Absatz.", 4, "body/article/p", 0, -1, -1),
                new Block(5, BlockKind.ELEMENT, 51, 60, "Newsletter abonnieren", 5, "body/article/p", 0, -1, -1),
                new Block(6, BlockKind.ELEMENT, 61, 70, "Vierter Absatz.", 6, "body/article/p", 0, -1, -1));
        double threshold = 0.4;
        double doubtful = BoilerplateClassifier.BETWEEN_SHARE * threshold + 0.01;
        double[] p = {0.9, doubtful, 0.9, doubtful, 0.9, 0.9 * threshold, 0.9};
        boolean[] content = {true, false, true, false, true, false, true};
        double[][] rows = new double[blocks.size()][1];
        rows[5][0] = 1; // its one phrase column
        BoilerplateClassifier.keepBlocksBetweenKeptText(blocks, p, rows, new int[] {0}, threshold, content);
        assertTrue(content[1], "doubtful, between kept text of its own container");
        assertFalse(content[3], "another container than the text before it");
        assertFalse(content[5], "a boilerplate phrase");

        boolean[] run = {true, false, false, true};
        double[] runP = {0.9, doubtful, doubtful, 0.9};
        BoilerplateClassifier.keepBlocksBetweenKeptText(blocks.subList(0, 4), runP, new double[4][1], new int[] {0},
                threshold, run);
        assertFalse(run[1] || run[2], "a run of doubtful blocks is not between kept ones");
    }

    @Test
    void aCommentSectionHeadingEndsTheArticleWithinItsContainer() {
        BlockFeatures features = new BlockFeatures(WordLists.standard());
        String html = """
                <html><body><article><div class="entry-content">
                <h2>Kommentar</h2>
                <p>Die Gemeinde baut die Brücke über den Mühlbach bis zum Herbst neu, für rund 1,2 Millionen Euro, teilte der Bürgermeister mit.</p>
                <h3>3 Kommentare</h3>
                <p>Werben Sie auf der meistgelesenen Nachrichtenseite der Region, mit Anzeigen nach Ihren Wünschen.</p>
                <p>© 2022 Musterblatt. Dieser Artikel darf ohne schriftliche Erlaubnis nicht nachgedruckt werden.</p>
                <h3>Was die Anwohner sagen</h3>
                <p>Die Anwohner begrüßen den Neubau, fürchten aber den Umweg während der Bauzeit.</p>
                </div>
                <div class="box"><h3>Kurze Antworten</h3>
                <p>Die Umleitung führt über die Lindenstraße.</p></div>
                <p>Die Bauzeit beträgt acht Monate, teilte das Bauamt mit.</p>
                </article></body></html>""";
        ParsedDocument document = new HtmlParser().parse(html);
        List<Block> blocks = document.blocks();
        double[][] rows = features.rows(document, TemplateIndex.empty());
        boolean[] content = new boolean[blocks.size()];
        Arrays.fill(content, true);
        BoilerplateClassifier.dropTheCommentSection(blocks, rows, features.names().indexOf("tag"), WordLists.standard(),
                content);
        Map<String, Boolean> kept = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            kept.put(blocks.get(i).text(), content[i]);
        }
        assertTrue(kept.get("Kommentar"), "a label over the article, not a comment section after it");
        assertTrue(kept.get("Die Gemeinde baut die Brücke über den Mühlbach bis zum Herbst neu, für rund 1,2 Millionen "
                + "Euro, teilte der Bürgermeister mit."), "text before the comment heading");
        assertFalse(kept.get("3 Kommentare"));
        assertFalse(kept.get("Werben Sie auf der meistgelesenen Nachrichtenseite der Region, mit Anzeigen nach Ihren "
                + "Wünschen."));
        assertFalse(kept.get("© 2022 Musterblatt. Dieser Artikel darf ohne schriftliche Erlaubnis nicht nachgedruckt "
                + "werden."));
        assertTrue(kept.get("Was die Anwohner sagen"), "the next heading ends the section");
        assertTrue(kept.get("Die Anwohner begrüßen den Neubau, fürchten aber den Umweg während der Bauzeit."));
        assertTrue(kept.get("Kurze Antworten"), "a word beside the comment word: no comment section");
        assertTrue(kept.get("Die Bauzeit beträgt acht Monate, teilte das Bauamt mit."), "another container");
    }

    @Test
    void aDateStampAndAFigureLabelInTheArticleAreNotItsTextButTheSentencesAroundThemStay() {
        String html = """
                <html><body><main><article><h1>Inselfähre fährt nach Motorumbau wieder</h1>
                <div class="entry-content">
                <p><span>7. Oktober 2020</span></p>
                <p>Die Fähre zwischen dem alten Hafen und der Insel fährt ab Montag wieder, nachdem ihr Motor sechs Wochen lang umgebaut wurde, teilte die Reederei am 7. Oktober 2020 mit.</p>
                <p>Der Umbau hat rund 2,4 Millionen Euro gekostet und soll den Verbrauch des Schiffes um ein Fünftel senken, wie aus Zahlen der Hafenverwaltung hervorgeht.</p>
                <p>Tag der offenen Tür: Sa., 10.10.2020, 10:00 – 16:00 Uhr</p>
                <p>Abbildung 2: Die Fähre im alten Hafen, kurz nach dem Umbau des Motors, von der Mole aus gesehen.</p>
                </div></article></main></body></html>""";
        Map<String, BlockLabel> labels = labels(CLASSIFIER.classify(new HtmlParser().parse(html)));
        assertEquals(BlockLabel.BYLINE, labels.get("7. Oktober 2020"));
        assertEquals(BlockLabel.CONTENT, labels.get("Die Fähre zwischen dem alten Hafen und der Insel fährt ab Montag "
                + "wieder, nachdem ihr Motor sechs Wochen lang umgebaut wurde, teilte die Reederei am 7. Oktober 2020 mit."));
        assertEquals(BlockLabel.CONTENT, labels.get("Tag der offenen Tür: Sa., 10.10.2020, 10:00 – 16:00 Uhr"));
        assertTrue(labels.get("Abbildung 2: Die Fähre im alten Hafen, kurz nach dem Umbau des Motors, von der Mole aus "
                + "gesehen.").isBoilerplate());

        boolean[] content = {true, true, true};
        BoilerplateClassifier.dropMetadataLines(List.of(block(0, "3:59 PM"), block(1, "Lieferzeit: 15 - 21 Tag(e)"),
                block(2, "Foto: Sascha Klahn")), content);
        assertFalse(content[0]);
        assertTrue(content[1]);
        assertFalse(content[2]);
    }
}
