package news.reliability.scoring.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.text.SentenceEnds;

/**
 * Flags each block of a parsed page as content or as a kind of boilerplate: {@link BlockFeatures} →
 * {@link BoilerplateModel} (content probability) → smoothing over the block sequence and the block's
 * container (a short block carrying a boilerplate phrase keeps its own vote) → the page's structure (an HTML
 * block cleanly inside the main container, with no element named like boilerplate between, moves towards
 * content unless it is short and carries a boilerplate phrase; image captions, blocks just under a
 * boilerplate-named element (not in an article's own header), short link lines in running text and blocks
 * inside {@code aside}, {@code footer} or {@code nav} move towards boilerplate) → the lead → threshold (half of
 * it on a page that would otherwise keep almost nothing) → context (a short kept block between boilerplate on
 * both sides is boilerplate; a heading right over kept text is content; a doubtful block between kept text is
 * content at a lower bar; a date stamp or a figure label is not; a comment-section heading ends the article in its
 * container) → {@link KindClassifier} for the kind of each boilerplate block.
 *
 * <p>Pass the page's siblings (other pages of the same source) when there are any: blocks repeated across
 * them are template. Immutable and thread-safe; documents are not modified.
 */
public final class BoilerplateClassifier {

    private final BoilerplateModel model;
    private final BlockFeatures features;
    private final KindClassifier kinds;
    private final WordLists words;

    public BoilerplateClassifier(BoilerplateModel model, WordLists words) {
        this.words = Objects.requireNonNull(words, "words");
        this.model = Objects.requireNonNull(model, "model");
        this.features = new BlockFeatures(words);
        this.kinds = new KindClassifier(words);
    }

    /** The classifier with the shipped model and word lists. */
    public static BoilerplateClassifier standard() {
        return new BoilerplateClassifier(BoilerplateModel.standard(), WordLists.standard());
    }

    /** The model's version, for the report's {@code modelVersions.boilerplate}. */
    public String version() {
        return model.version();
    }

    /** One verdict per block, in block order, for a page on its own. */
    public List<BlockVerdict> classify(ParsedDocument document) {
        return classify(document, TemplateIndex.empty());
    }

    /** One verdict per block, in block order, using the page's siblings (other pages of the same source). */
    public List<BlockVerdict> classify(ParsedDocument document, List<ParsedDocument> siblings) {
        return classify(document, TemplateIndex.of(siblings));
    }

    /** One verdict per block, in block order, with a prepared index of the siblings. */
    public List<BlockVerdict> classify(ParsedDocument document, TemplateIndex templates) {
        List<Block> blocks = document.blocks();
        int n = blocks.size();
        if (n == 0) {
            return List.of();
        }
        double[][] rows = features.rows(document, templates);
        double[] raw = model.contentProbabilities(rows);
        double w = model.options().smoothing();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? raw[i - 1] : raw[i];
            double right = i + 1 < n ? raw[i + 1] : raw[i];
            p[i] = Math.clamp((1 - 2 * w) * raw[i] + w * (left + right), 0.0, 1.0);
        }
        // a container's word-weighted vote: short blocks inside the article body go with the body
        Map<String, double[]> containers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double[] c = containers.computeIfAbsent(parent(blocks.get(i).tagPath()), k -> new double[3]);
            double weight = 1 + blocks.get(i).wordCount();
            c[0] += weight * raw[i];
            c[1] += weight;
            c[2]++;
        }
        double v = model.options().containerVote();
        int[] phrases = features.phraseColumns();
        for (int i = 0; i < n; i++) {
            double[] c = containers.get(parent(blocks.get(i).tagPath()));
            // a short block with a boilerplate phrase is not carried by its container, as it is not boosted below
            if (v > 0 && c[2] >= 3 && blocks.get(i).kind() == BlockKind.ELEMENT
                    && (blocks.get(i).wordCount() >= BOOST_WORDS || !hasPhrase(rows[i], phrases))) {
                p[i] = (1 - v) * p[i] + v * (c[0] / c[1]);
            }
        }
        double boost = model.options().mainBoost();
        int clean = features.cleanInMainColumn();
        int boilerplateDistance = features.names().indexOf("hint.boilerplateDistance");
        int contentDistance = features.names().indexOf("hint.contentDistance");
        double penalty = model.options().captionPenalty();
        int tag = features.names().indexOf("tag");
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            if (block.kind() != BlockKind.ELEMENT) {
                continue;
            }
            if (boost > 0 && rows[i][clean] > 0
                    && block.linkDensity() < 0.5
                    && (block.wordCount() >= BOOST_WORDS || !hasPhrase(rows[i], phrases))) {
                p[i] += boost * (1 - p[i]);
            }
            double toBoilerplate = rows[i][boilerplateDistance];
            if (rows[i][clean] == 0 && toBoilerplate <= HINT_DISTANCE && rows[i][contentDistance] > toBoilerplate
                    && !ARTICLE_HEADER.matcher(block.tagPath()).find()) {
                p[i] *= 1 - model.options().hintPenalty();
            }
            if (penalty > 0 && isCaption(block)) {
                p[i] *= 1 - penalty;
            }
            if (isLinkLine(block, rows[i][tag])) {
                p[i] *= 1 - model.options().linkPenalty();
            }
            if (block.wordCount() < BOOST_WORDS && hasPhrase(rows[i], phrases)) {
                p[i] *= 1 - model.options().phrasePenalty();
            }
            if (OUTSIDE_TEXT.matcher(block.tagPath()).find()) {
                p[i] *= 1 - model.options().outerPenalty();
            }
        }
        keepTheLead(blocks, p, rows, phrases);
        boolean[] content = new boolean[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            content[i] = p[i] >= model.options().threshold() || isPastedSentences(blocks.get(i));
            best = p[i] > p[best] ? i : best;
        }
        lowerTheBarOfANearlyEmptyPage(blocks, p, content, model.options().threshold());
        int[][] longer = nearestLongerBlocks(blocks);
        dropShortBlocksAmongBoilerplate(blocks, longer, content);
        keepHeadingsOfAPaste(blocks, longer, rows, phrases, content);
        keepHeadingsOverKeptText(blocks, rows, tag, phrases, content);
        keepBlocksBetweenKeptText(blocks, p, rows, phrases, model.options().threshold(), content);
        dropMetadataLines(blocks, content);
        dropTheCommentSection(blocks, rows, tag, words, content);
        keepSomethingOfAProsePage(blocks, p, content, best);
        int lastContent = -1;
        for (int i = 0; i < n; i++) {
            if (content[i]) {
                lastContent = i;
            }
        }
        List<BlockVerdict> verdicts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BlockLabel label = content[i] ? BlockLabel.CONTENT
                    : kinds.kind(blocks.get(i), n == 1 ? 0 : i / (double) (n - 1), i > lastContent);
            verdicts.add(new BlockVerdict(blocks.get(i), label, p[i]));
        }
        return verdicts;
    }

    /**
     * A block that gives only a date or a time, or starts with a figure label ({@link MetadataLines}), is metadata
     * of the page (a publication stamp, a caption or a photo credit) rather than its text, however deep in the
     * article it sits.
     */
    static void dropMetadataLines(List<Block> blocks, boolean[] content) {
        for (int i = 0; i < blocks.size(); i++) {
            if (content[i] && MetadataLines.isMetadata(blocks.get(i).text())) {
                content[i] = false;
            }
        }
    }

    /** Share of the threshold a block between two kept blocks needs to be kept too. */
    static final double BETWEEN_SHARE = 0.7;

    /**
     * A block between two kept blocks, in the same container as the one before it, is kept at
     * {@value #BETWEEN_SHARE} of the threshold: a hysteresis, as in jusText, where a doubtful block takes the side
     * of the text around it. A block with a boilerplate phrase stays out: its doubt is the phrase's penalty, not the
     * model's. Reads the verdicts as they were before the pass, so it does not spread along a run of doubtful blocks.
     */
    static void keepBlocksBetweenKeptText(List<Block> blocks, double[] p, double[][] rows, int[] phrases,
                                          double threshold, boolean[] content) {
        boolean[] before = content.clone();
        for (int i = 1; i + 1 < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!before[i] && before[i - 1] && before[i + 1] && p[i] >= BETWEEN_SHARE * threshold
                    && block.kind() == BlockKind.ELEMENT && !hasPhrase(rows[i], phrases)
                    && parent(block.tagPath()).equals(parent(blocks.get(i - 1).tagPath()))) {
                content[i] = true;
            }
        }
    }

    /** Words of a kept block that show the article has begun. */
    private static final int ARTICLE_BEGUN_WORDS = 20;

    /**
     * A heading that names a comment section ("Comments", "3 Kommentare", "Leave a Reply") after the article has begun
     * (a kept block of at least {@value #ARTICLE_BEGUN_WORDS} words before it) ends the article within its container:
     * it and the blocks after it in the same container, up to the next heading, are not main text, however much they
     * read like it (the comments themselves, or the site's own notices placed under them). Before the article, such
     * a word is more likely a label over it ("Kommentar" over an opinion piece).
     * {@code tagColumn} is the column of the {@code tag} feature, which tells headings.
     */
    static void dropTheCommentSection(List<Block> blocks, double[][] rows, int tagColumn, WordLists words,
                                      boolean[] content) {
        boolean begun = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean started = begun;
            if (!begun && content[i]) {
                begun = block.wordCount() >= ARTICLE_BEGUN_WORDS;
            }
            if (!started || block.kind() != BlockKind.ELEMENT || rows[i][tagColumn] != BlockFeatures.TAG_HEADING
                    || block.wordCount() > HEADING_WORDS
                    || !words.namesSection(BlockLabel.COMMENTS, block.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            content[i] = false;
            String container = parent(block.tagPath());
            for (int j = i + 1; j < blocks.size() && parent(blocks.get(j).tagPath()).equals(container)
                    && rows[j][tagColumn] != BlockFeatures.TAG_HEADING; j++) {
                content[j] = false;
            }
        }
    }

    /** Characters of main text under which a page counts as nearly empty. */
    static final int NEARLY_EMPTY_CHARS = 200;

    /**
     * A page from which the threshold kept less than {@value #NEARLY_EMPTY_CHARS} characters was more likely
     * misjudged than empty (a database entry, a product page, a link list unlike any fixture): its blocks are
     * judged again at half the threshold, as trafilatura falls back to a wider extraction when its first one comes
     * out too short. Only adds blocks.
     */
    static void lowerTheBarOfANearlyEmptyPage(List<Block> blocks, double[] p, boolean[] content, double threshold) {
        int kept = 0;
        for (int i = 0; i < blocks.size(); i++) {
            kept += content[i] ? blocks.get(i).text().length() : 0;
        }
        if (kept >= NEARLY_EMPTY_CHARS) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            content[i] |= p[i] >= threshold / 2;
        }
    }

    /** Blocks before the body's first long paragraph within which the headline is looked for. */
    private static final int LEAD_WINDOW = 8;

    /** Words a block needs to be taken for a lead rather than a label or a date. */
    private static final int LEAD_WORDS = 10;

    /** Link density under which a block can be a lead: a lead may name a source with a link, not be one. */
    private static final double LEAD_LINK_DENSITY = 0.2;

    private static final Pattern HEADLINE = Pattern.compile("(^|/)h1([.#][^/]*)?$");

    /**
     * The lead between the headline and the body is content, however its container is named ("teaser-text",
     * "intro", "article-header__lead", a subtitle): a sentence of at least {@value #LEAD_WORDS} words with few
     * links and no boilerplate phrase, after the nearest {@code h1} before the first long content paragraph
     * (within {@value #LEAD_WINDOW} blocks), is raised to the threshold.
     */
    private void keepTheLead(List<Block> blocks, double[] p, double[][] rows, int[] phrases) {
        double threshold = model.options().threshold();
        int firstLong = -1;
        for (int i = 0; i < blocks.size() && firstLong < 0; i++) {
            Block block = blocks.get(i);
            if (p[i] >= threshold && block.wordCount() >= BOOST_WORDS && block.linkDensity() < LINK_LINE_DENSITY) {
                firstLong = i;
            }
        }
        int heading = -1;
        for (int i = firstLong - 1; i >= 0 && i >= firstLong - LEAD_WINDOW && heading < 0; i--) {
            if (blocks.get(i).kind() == BlockKind.ELEMENT && HEADLINE.matcher(blocks.get(i).tagPath()).find()) {
                heading = i;
            }
        }
        for (int i = heading + 1; heading >= 0 && i < firstLong; i++) {
            Block block = blocks.get(i);
            if (p[i] < threshold && block.kind() == BlockKind.ELEMENT && block.wordCount() >= LEAD_WORDS
                    && block.linkDensity() < LEAD_LINK_DENSITY && SentenceEnds.endsSentence(block.text())
                    && !hasPhrase(rows[i], phrases)) {
                p[i] = threshold;
            }
        }
    }

    /** A short block with a boilerplate phrase ("Read more: ...") is not boosted, even in the main container. */
    private static final int BOOST_WORDS = 20;

    /**
     * Elements that HTML defines as outside a page's or an article's running text: side notes, footers and
     * navigation ({@code <footer>} inside an article holds its tags, author box and sharing links).
     */
    private static final Pattern OUTSIDE_TEXT = Pattern.compile(
            "(^|/)(aside|footer|nav)([.#/]|$)");

    /**
     * A {@code header} element inside an {@code article}: the article's own headline, standfirst and lead,
     * not the page's masthead, so the "header" in its name does not count against its blocks.
     */
    private static final Pattern ARTICLE_HEADER = Pattern.compile(
            "(^|/)article([.#][^/]*)?/(.*/)?header([.#/]|$)");

    /** Blocks shorter than this (characters) are judged by their longer neighbours in the context pass. */
    private static final int SHORT_CHARS = 50;

    /**
     * The context pass of jusText (Pomikálek 2011), in its precision half: a short HTML block kept as content
     * whose nearest longer blocks on either side (skipping other short ones) were both judged boilerplate, or
     * one was and the page ends on the other side, is boilerplate too: a "Weitere Infos", a date or a label
     * amid a sidebar or teaser list rather than within the text. Reads the verdicts as they were before the
     * pass.
     */
    private static void dropShortBlocksAmongBoilerplate(List<Block> blocks, int[][] longer, boolean[] content) {
        int n = blocks.size();
        boolean[] before = content.clone();
        for (int i = 0; i < n; i++) {
            if (!before[i] || blocks.get(i).kind() != BlockKind.ELEMENT || blocks.get(i).text().length() >= SHORT_CHARS) {
                continue;
            }
            int left = longer[0][i];
            int right = longer[1][i];
            boolean leftBad = left < 0 || !before[left];
            boolean rightBad = right >= n || !before[right];
            if (leftBad && rightBad && (left >= 0 || right < n)) {
                content[i] = false;
            }
        }
    }

    /**
     * For each block, the nearest block of at least {@value #SHORT_CHARS} characters on its left (-1 if none) and
     * on its right ({@code blocks.size()} if none), found in one pass each way so that a page of many short blocks
     * stays linear.
     */
    private static int[][] nearestLongerBlocks(List<Block> blocks) {
        int n = blocks.size();
        int[][] longer = new int[2][n];
        for (int i = 0, last = -1; i < n; i++) {
            longer[0][i] = last;
            if (blocks.get(i).text().length() >= SHORT_CHARS) {
                last = i;
            }
        }
        for (int i = n - 1, last = n; i >= 0; i--) {
            longer[1][i] = last;
            if (blocks.get(i).text().length() >= SHORT_CHARS) {
                last = i;
            }
        }
        return longer;
    }

    /** Words a pasted line may have to be taken for the headline. */
    private static final int HEADLINE_WORDS = 20;

    /**
     * Headings of a pasted text, which carries no markup to tell them from teaser headlines: a short line judged
     * boilerplate whose nearest longer lines on both sides are content is a subheading (the recall half of
     * jusText's context pass, for pastes only: on HTML pages it cost precision, see docs/BENCHMARKS.md), and the
     * line just before the first content line is the headline. Neither may hold a boilerplate phrase, a hashtag
     * or a colon at its end ("Read more:").
     */
    private static void keepHeadingsOfAPaste(List<Block> blocks, int[][] longer, double[][] rows, int[] phrases,
                                             boolean[] content) {
        int n = blocks.size();
        boolean[] before = content.clone();
        int first = 0;
        while (first < n && !before[first]) {
            first++;
        }
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            String text = block.text().strip();
            if (before[i] || block.kind() != BlockKind.LINE || hasPhrase(rows[i], phrases) || text.contains("#")
                    || text.endsWith(":")) {
                continue;
            }
            int left = longer[0][i];
            int right = longer[1][i];
            boolean subheading = text.length() < SHORT_CHARS && left >= 0 && right < n && before[left] && before[right];
            boolean headline = i + 1 == first && block.wordCount() <= HEADLINE_WORDS;
            if (subheading || headline) {
                content[i] = true;
            }
        }
    }

    /** Words a heading may have to be kept for the text under it. */
    private static final int HEADING_WORDS = 15;

    /**
     * A heading ({@code h1} to {@code h6}) directly followed by a block kept as content is that text's heading:
     * content too, if it has at most {@value #HEADING_WORDS} words, no link and no boilerplate phrase. The model
     * judges a short heading mostly by its neighbours and often leaves the subheadings of a text just under the
     * threshold. Reads the verdicts as they were before the pass, so a run of headings is not chained.
     * {@code tagColumn} is the column of the {@code tag} feature, which tells headings.
     */
    static void keepHeadingsOverKeptText(List<Block> blocks, double[][] rows, int tagColumn, int[] phrases,
                                         boolean[] content) {
        boolean[] before = content.clone();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!before[i] && before[i + 1] && block.kind() == BlockKind.ELEMENT && block.wordCount() <= HEADING_WORDS
                    && block.linkDensity() == 0 && rows[i][tagColumn] == BlockFeatures.TAG_HEADING
                    && !hasPhrase(rows[i], phrases)) {
                content[i] = true;
            }
        }
    }

    /** Link density from which a short block reads as a link ("Read also: ...") rather than as text. */
    private static final double LINK_LINE_DENSITY = 0.3;

    /**
     * A short block that is mostly a link, in running text rather than in a list or table (where linked
     * ingredients, references and product names are part of the content): "Lesen Sie auch: ...", "Le puede
     * interesar: ..." in any wording.
     */
    private static boolean isLinkLine(Block block, double tagCode) {
        return block.wordCount() < BOOST_WORDS && block.linkDensity() >= LINK_LINE_DENSITY
                && tagCode != BlockFeatures.TAG_LIST_ITEM && tagCode != BlockFeatures.TAG_TABLE_CELL;
    }

    /** Levels up a block's path within which an element named like boilerplate counts against it. */
    private static final int HINT_DISTANCE = 3;

    /** Innermost elements of a block's path that decide whether it is a caption. */
    private static final int CAPTION_ELEMENTS = 3;

    private boolean isCaption(Block block) {
        String path = block.tagPath();
        int cut = path.length();
        for (int k = 0; k < CAPTION_ELEMENTS && cut >= 0; k++) {
            cut = path.lastIndexOf('/', cut - 1);
        }
        return words.pathHits("caption", path.substring(cut + 1).toLowerCase(Locale.ROOT)) > 0;
    }

    private static boolean hasPhrase(double[] row, int[] columns) {
        for (int column : columns) {
            if (row[column] > 0) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * A pasted line of at least {@value #PROSE_WORDS} words holding whole sentences is the article: pastes
     * carry no markup to tell a long reader comment from the text, and losing a fact costs more than keeping
     * a stray line.
     */
    private static boolean isPastedSentences(Block block) {
        if (block.kind() != BlockKind.LINE || block.wordCount() < PROSE_WORDS) {
            return false;
        }
        return SentenceEnds.endsSentence(block.text());
    }

    /**
     * A page whose every block the model dropped but which holds prose (short pages, pages unlike any
     * fixture) keeps its most probable block and every sentence-like block of at least
     * {@value #PROSE_WORDS} words with at least half its probability: a clear result rather than nothing.
     */
    private static void keepSomethingOfAProsePage(List<Block> blocks, double[] p, boolean[] content, int best) {
        for (boolean c : content) {
            if (c) {
                return;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean prose = block.wordCount() >= PROSE_WORDS && block.linkDensity() < 0.5
                    && SentenceEnds.endsSentence(block.text());
            if (prose && (i == best || p[i] >= p[best] / 2)) {
                content[i] = true;
            }
        }
    }

    private static final int PROSE_WORDS = 12;
}
