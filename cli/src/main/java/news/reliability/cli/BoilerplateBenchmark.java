package news.reliability.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;

import news.reliability.core.parse.ContentDecoder;
import news.reliability.core.parse.HtmlParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.text.LanguageDetector;
import news.reliability.scoring.boilerplate.BoilerplateClassifier;
import news.reliability.scoring.boilerplate.BoilerplateModel;
import news.reliability.scoring.boilerplate.MainText;
import news.reliability.scoring.boilerplate.SnippetScore;
import news.reliability.scoring.boilerplate.WordLists;

/**
 * The trafilatura evaluation set as a benchmark: every page is extracted on its own (no siblings), its main
 * text scored with the set's with/without snippets as {@code ../shared/data/README.md} says, and the sums
 * reported for the whole set, for the dev half (pages whose file name's CRC-32 is even: the only pages
 * whose errors may be looked at) and the held-out half, and by the page's language as
 * {@link LanguageDetector} reads it from all of the page's text.
 */
final class BoilerplateBenchmark {

    /** One page of the set. */
    record Page(String file, Path html, List<String> with, List<String> without) {

        boolean dev() {
            CRC32 crc = new CRC32();
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            return (crc.getValue() & 1) == 0;
        }
    }

    private final List<Page> pages;
    private final BoilerplateClassifier classifier;
    private final LanguageDetector languages = new LanguageDetector();

    BoilerplateBenchmark(Path dir, Path modelFile) throws IOException {
        Path index = dir.resolve("evaldata.json");
        if (!Files.isRegularFile(index)) {
            throw new ScorerCommand.UsageException(index + ": not found; pass --data DIR with the trafilatura "
                    + "evaluation set (evaldata.json and html/)");
        }
        JsonNode root = Json.MAPPER.readTree(index.toFile());
        List<Page> list = new ArrayList<>();
        root.properties().forEach(e -> {
            JsonNode v = e.getValue();
            list.add(new Page(v.get("file").asText(), dir.resolve("html").resolve(v.get("file").asText()),
                    strings(v.get("with")), strings(v.get("without"))));
        });
        list.sort(Comparator.comparing(Page::file));
        this.pages = List.copyOf(list);
        this.classifier = modelFile == null ? BoilerplateClassifier.standard()
                : new BoilerplateClassifier(BoilerplateModel.load(modelFile), WordLists.standard());
    }

    List<Page> pages() {
        return pages;
    }

    /** The main text of one page as the benchmark extracts it; empty on any failure. */
    String extract(byte[] bytes) {
        ParsedDocument document = new HtmlParser().parse(ContentDecoder.decodeHtml(bytes));
        return MainText.of(classifier.classify(document)).text();
    }

    void score(PrintStream out, int errorPages) throws IOException {
        Map<String, SnippetScore> byGroup = new TreeMap<>();
        int shown = 0;
        int failures = 0;
        long started = System.nanoTime();
        for (Page page : pages) {
            String extracted;
            String allText = "";
            String language = "other";
            try {
                byte[] bytes = Files.readAllBytes(page.html());
                ParsedDocument document = new HtmlParser().parse(ContentDecoder.decodeHtml(bytes));
                String detected = languages.detect(document.text());
                language = detected.equals("de") || detected.equals("en") ? detected : "other";
                extracted = MainText.of(classifier.classify(document)).text();
                allText = document.text();
            } catch (IOException | RuntimeException e) {
                extracted = "";
                failures++;
            }
            SnippetScore score = SnippetScore.of(extracted, page.with(), page.without());
            String half = page.dev() ? "dev" : "held-out";
            for (String group : List.of("all", half, "all/" + language, half + "/" + language)) {
                byGroup.merge(group, score, SnippetScore::plus);
            }
            if (page.dev() && shown < errorPages && (score.falseNegatives() > 0 || score.falsePositives() > 0)) {
                shown++;
                printErrors(out, page, extracted, allText);
            }
        }
        out.printf(Locale.ROOT, "trafilatura evaluation set: %d pages (%d dev, %d held-out), %d failed, %.1f s%n",
                pages.size(), pages.stream().filter(Page::dev).count(), pages.stream().filter(p -> !p.dev()).count(),
                failures, (System.nanoTime() - started) / 1e9);
        out.printf(Locale.ROOT, "%-18s %6s %6s %6s %6s %7s %7s %7s%n", "pages", "TP", "FN", "FP", "TN", "P", "R", "F1");
        for (var e : byGroup.entrySet()) {
            SnippetScore s = e.getValue();
            out.printf(Locale.ROOT, "%-18s %6d %6d %6d %6d %7.3f %7.3f %7.4f%n", e.getKey(), s.truePositives(),
                    s.falseNegatives(), s.falsePositives(), s.trueNegatives(), s.precision(), s.recall(), s.f1());
        }
        out.println("model: " + classifier.version());
    }

    /** Missed and kept snippets of a page; a missed one in no block at all (not in {@code allText}) is "absent". */
    private static void printErrors(PrintStream out, Page page, String extracted, String allText) {
        String text = SnippetScore.normalise(extracted);
        String all = SnippetScore.normalise(allText);
        out.println("== " + page.file());
        for (String s : page.with()) {
            if (!text.contains(SnippetScore.normalise(s))) {
                out.println((all.contains(SnippetScore.normalise(s)) ? "  missed: " : "  absent: ") + s);
            }
        }
        for (String s : page.without()) {
            if (text.contains(SnippetScore.normalise(s))) {
                out.println("  kept:   " + s);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }
}
