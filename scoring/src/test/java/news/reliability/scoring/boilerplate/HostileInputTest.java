package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import news.reliability.core.parse.ContentDecoder;
import news.reliability.core.parse.HtmlParser;
import news.reliability.core.parse.TextParser;

/** Broken and hostile pages give a clear result, never a crash or a hang. */
class HostileInputTest {

    private static final BoilerplateClassifier CLASSIFIER = BoilerplateClassifier.standard();
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate, officials said.";

    private static MainText extract(byte[] bytes) {
        return MainText.of(CLASSIFIER.classify(new HtmlParser().parse(ContentDecoder.decodeHtml(bytes))));
    }

    private static MainText extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unclosedTagsStillGiveTheText() {
        MainText main = extract("<html><body><div><p>" + PARAGRAPH + "<p>" + PARAGRAPH.replace("Tuesday", "Monday")
                + "<div><span><b>unclosed");
        assertTrue(main.text().contains("Monday"), main.text());
    }

    @Test
    void tenThousandNestedDivsNeitherOverflowNorHang() {
        String html = "<div>".repeat(10_000) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(10_000);
        MainText main = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(html));
        assertEquals(PARAGRAPH, main.text());
    }

    @Test
    void aTwentyMegabytePageFinishesInSeconds() {
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        int i = 0;
        while (html.length() < 20_000_000) {
            html.append("<p>").append((PARAGRAPH + " ").repeat(20).replace("Tuesday", "day " + i++)).append("</p>\n");
        }
        html.append("</article></body></html>");
        MainText main = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extract(html.toString()));
        assertTrue(main.blocks().size() > 10_000, "blocks: " + main.blocks().size());
    }

    @Test
    void aScriptOnlyPageHasNoMainText() {
        MainText main = extract("<html><head><script>var a = '<p>not text</p>';</script></head><body>"
                + "<script>document.write('hello')</script><noscript>Enable JavaScript</noscript></body></html>");
        assertTrue(main.isEmpty(), main.text());
    }

    @Test
    void nonUtf8BytesWithAndWithoutACharsetDeclaration() {
        String body = "<p>Die Gemeinde Grünwald hat den Haushalt für das nächste Jahr am Dienstag beschlossen, "
                + "sagte der Bürgermeister.</p>";
        byte[] declared = ("<html><head><meta charset=\"iso-8859-1\"></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(extract(declared).text().contains("Grünwald"), extract(declared).text());
        byte[] undeclared = ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(extract(undeclared).text().contains("Grünwald"), extract(undeclared).text());
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        extract(garbage); // any answer, but no exception
    }

    @Test
    void randomTextAndMarkupNeverThrow() {
        Random random = new Random(20250401L);
        String alphabet = "<>/\"'=&;#! \n\r\tabcdefgpdivspanli.é€\u0000\uFFFF0123456789|©@";
        for (int round = 0; round < 300; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var html = new HtmlParser().parse(s.toString());
            assertEquals(html.blocks().size(), CLASSIFIER.classify(html).size());
            var text = new TextParser().parse(s.toString());
            assertEquals(text.blocks().size(), CLASSIFIER.classify(text, java.util.List.of(html)).size());
        }
    }
}
