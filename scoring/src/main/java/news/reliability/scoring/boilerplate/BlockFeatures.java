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
 * Turns a parsed document into one row of numeric features per block: shallow text features in the spirit of
 * Kohlschütter et al. (words, link density, text density, word and sentence length, capitalisation,
 * position), the same for the neighbouring blocks, the weight of the block's container, phrase and tag-path
 * hits per boilerplate kind from {@link WordLists}, and repetition across sibling pages from
 * {@link TemplateIndex}.
 *
 * <p>Immutable and thread-safe. Documents are not modified.
 */
public final class BlockFeatures {

    private static final Pattern YEAR_OR_DATE = Pattern.compile(
            "\\b(19|20)\\d\\d\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{1,2}:\\d\\d\\b");
    private static final Pattern EMAIL_OR_URL = Pattern.compile("@|https?://|www\\.|\\.(com|org|de|example)\\b");
    private static final Pattern LIST_ELEMENT = Pattern.compile("(^|/)(li|ul|ol|dl)([.#/]|$)");
    private static final int WRAP_WIDTH = 80;
    private static final int LONG_BLOCK_WORDS = 20;
    /** Elements of a tag path that the path-hint features read, innermost first. */
    private static final int NEAR_ELEMENTS = 8;

    private static final List<String> BASE = List.of("words", "chars", "avgWordLength", "sentences",
            "wordsPerSentence", "linkDensity", "textDensity", "capitalisedShare", "upperShare", "digitShare",
            "endsSentence", "endsColon", "hashtagShare", "separators", "copyright", "emailOrUrl", "dateLike",
            "startsLower");
    private static final List<String> NEIGHBOUR = List.of("words", "linkDensity", "endsSentence", "capitalisedShare");
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    private final WordLists words;
    private final List<String> names;

    public BlockFeatures(WordLists words) {
        this.words = Objects.requireNonNull(words, "words");
        List<String> n = new ArrayList<>(BASE);
        for (int offset : OFFSETS) {
            for (String name : NEIGHBOUR) {
                n.add((offset < 0 ? "prev" : "next") + Math.abs(offset) + "." + name);
            }
        }
        for (BlockLabel kind : BlockLabel.KINDS) {
            if (kind != BlockLabel.OTHER) {
                n.add("phrase." + kind.label());
                n.add("path." + kind.label());
            }
        }
        n.addAll(List.of("path.content", "path.caption", "pathDepth", "tag", "inList", "html", "relIndex", "charsBefore",
                "longBefore", "longAfter", "distanceToLong", "blockShareOfMax", "docWords", "containerWordShare",
                "containerLinkDensity", "containerBlocks", "samePathBlocks", "paragraphLines", "siblingsKnown",
                "siblingShare", "main.inside", "main.clean", "main.share", "hint.contentDistance", "hint.boilerplateDistance",
                "semantic.article", "main.afterLastLong"));
        this.names = List.copyOf(n);
    }

    /** Columns of the phrase-hit features, one per boilerplate kind. */
    int[] phraseColumns() {
        return java.util.stream.IntStream.range(0, names.size()).filter(i -> names.get(i).startsWith("phrase.")).toArray();
    }

    /** Column of the feature that is 1 for a block in the main container with no boilerplate-named element between. */
    int cleanInMainColumn() {
        return names.indexOf("main.clean");
    }

    /** The feature names, in column order. */
    public List<String> names() {
        return names;
    }

    /** One row per block of {@code document}, in block order; {@code templates} may be empty. */
    public double[][] rows(ParsedDocument document, TemplateIndex templates) {
        List<Block> blocks = document.blocks();
        int n = blocks.size();
        double[][] base = new double[n][];
        String[] lower = new String[n];
        int docWords = 0;
        int maxWords = 1;
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            lower[i] = block.text().toLowerCase(Locale.ROOT);
            base[i] = base(block);
            int w = block.wordCount();
            docWords += w;
            maxWords = Math.max(maxWords, w);
        }
        boolean html = n > 0 && blocks.getFirst().kind() == BlockKind.ELEMENT;
        // containers: blocks sharing the parent path; paths: blocks sharing the full path
        Map<String, double[]> containers = new HashMap<>();
        Map<String, Integer> samePath = new HashMap<>();
        Map<Integer, Integer> paragraphLines = new HashMap<>();
        for (Block block : blocks) {
            double[] c = containers.computeIfAbsent(parent(block.tagPath()), k -> new double[4]);
            c[0] += block.wordCount();
            c[1] += block.linkDensity() * block.text().length();
            c[2] += block.text().length();
            c[3]++;
            samePath.merge(block.tagPath(), 1, Integer::sum);
            paragraphLines.merge(block.paragraph(), 1, Integer::sum);
        }
        boolean[] isLong = new boolean[n];
        for (int i = 0; i < n; i++) {
            isLong[i] = blocks.get(i).wordCount() >= LONG_BLOCK_WORDS && blocks.get(i).linkDensity() < 0.3;
        }
        int[] longBefore = new int[n];
        int[] longAfter = new int[n];
        for (int i = 1; i < n; i++) {
            longBefore[i] = longBefore[i - 1] + (isLong[i - 1] ? 1 : 0);
        }
        for (int i = n - 2; i >= 0; i--) {
            longAfter[i] = longAfter[i + 1] + (isLong[i + 1] ? 1 : 0);
        }
        int[] distance = new int[n];
        int last = -1_000_000;
        for (int i = 0; i < n; i++) {
            if (isLong[i]) {
                last = i;
            }
            distance[i] = i - last;
        }
        last = 1_000_000;
        for (int i = n - 1; i >= 0; i--) {
            if (isLong[i]) {
                last = i;
            }
            distance[i] = Math.min(distance[i], last - i);
        }

        Structure structure = new Structure(blocks, words);
        // the main text ends with the main container's last long paragraph: what follows is mostly its tail
        int lastLongInMain = n;
        for (int i = 0; i < n; i++) {
            if (isLong[i] && structure.inMain(blocks.get(i))) {
                lastLongInMain = i;
            }
        }

        double[][] rows = new double[n][];
        double charsBefore = 0;
        double totalChars = Math.max(1, blocks.stream().mapToInt(b -> b.text().length()).sum());
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            double[] row = new double[names.size()];
            int k = 0;
            for (double v : base[i]) {
                row[k++] = v;
            }
            for (int offset : OFFSETS) {
                int j = i + offset;
                boolean inside = j >= 0 && j < n;
                row[k++] = inside ? base[j][0] : -1;
                row[k++] = inside ? base[j][5] : -1;
                row[k++] = inside ? base[j][10] : -1;
                row[k++] = inside ? base[j][7] : -1;
            }
            String path = nearPath(block.tagPath()).toLowerCase(Locale.ROOT);
            var phraseHits = words.phraseHits(lower[i]);
            for (BlockLabel kind : BlockLabel.KINDS) {
                if (kind != BlockLabel.OTHER) {
                    row[k++] = phraseHits.getOrDefault(kind, 0);
                    row[k++] = words.pathHits(kind.label(), path);
                }
            }
            double[] container = containers.get(parent(block.tagPath()));
            row[k++] = words.pathHits("content", path);
            row[k++] = words.pathHits("caption", path);
            row[k++] = path.isEmpty() ? 0 : path.split("/").length;
            row[k++] = tagCode(path);
            row[k++] = LIST_ELEMENT.matcher(path).find() ? 1 : 0;
            row[k++] = html ? 1 : 0;
            row[k++] = n <= 1 ? 0 : i / (double) (n - 1);
            row[k++] = charsBefore / totalChars;
            row[k++] = Math.log1p(longBefore[i]);
            row[k++] = Math.log1p(longAfter[i]);
            row[k++] = Math.log1p(Math.min(distance[i], 1000));
            row[k++] = block.wordCount() / (double) maxWords;
            row[k++] = Math.log1p(docWords);
            row[k++] = docWords == 0 ? 0 : container[0] / docWords;
            row[k++] = container[2] == 0 ? 0 : container[1] / container[2];
            row[k++] = Math.log1p(container[3]);
            row[k++] = Math.log1p(samePath.get(block.tagPath()));
            row[k++] = html ? 0 : paragraphLines.get(block.paragraph());
            row[k++] = templates.pages() > 0 ? 1 : 0;
            row[k++] = templates.share(block.text());
            row[k++] = structure.inMain(block) ? 1 : 0;
            row[k++] = structure.cleanInMain(i) ? 1 : 0;
            row[k++] = structure.mainShare();
            row[k++] = structure.contentDistance(i);
            row[k++] = structure.boilerplateDistance(i);
            row[k++] = structure.inArticle(i) ? 1 : 0;
            row[k++] = i > lastLongInMain ? 1 : 0;
            charsBefore += block.text().length();
            rows[i] = row;
        }
        return rows;
    }

    private static double[] base(Block block) {
        String text = block.text();
        String[] tokens = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
        int wordCount = tokens.length;
        int letters = 0;
        int upper = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        int capitalised = 0;
        int hashtags = 0;
        int separators = 0;
        int wordChars = 0;
        for (String token : tokens) {
            if (Character.isUpperCase(token.codePointAt(0))) {
                capitalised++;
            }
            if (token.startsWith("#") && token.length() > 1) {
                hashtags++;
            }
            if (token.equals("|") || token.equals("·") || token.equals("•") || token.equals("›")
                    || token.equals("»") || token.equals(">") || token.equals("/") || token.equals("-")) {
                separators++;
            }
            wordChars += token.length();
        }
        int sentences = SentenceEnds.count(text);
        String stripped = text.strip();
        char lastChar = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
        boolean endsSentence = SentenceEnds.endsSentence(stripped);
        int lines = Math.max(1, (text.length() + WRAP_WIDTH - 1) / WRAP_WIDTH);
        double textDensity = lines == 1 ? wordCount : (wordCount * (lines - 1.0) / lines) / (lines - 1.0);
        boolean startsLower = !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
        return new double[] {
                Math.log1p(wordCount),
                Math.log1p(text.length()),
                wordCount == 0 ? 0 : wordChars / (double) wordCount,
                sentences,
                wordCount / (double) Math.max(1, sentences),
                block.linkDensity(),
                textDensity,
                wordCount == 0 ? 0 : capitalised / (double) wordCount,
                letters == 0 ? 0 : upper / (double) letters,
                text.isEmpty() ? 0 : digits / (double) text.length(),
                endsSentence ? 1 : 0,
                lastChar == ':' ? 1 : 0,
                wordCount == 0 ? 0 : hashtags / (double) wordCount,
                separators,
                text.contains("©") || text.toLowerCase(Locale.ROOT).contains("copyright") ? 1 : 0,
                EMAIL_OR_URL.matcher(text).find() ? 1 : 0,
                YEAR_OR_DATE.matcher(text).find() ? 1 : 0,
                startsLower ? 1 : 0,
        };
    }

    /** {@code tag} feature value of a heading ({@code h1} to {@code h6}). */
    static final int TAG_HEADING = 2;
    /** {@code tag} feature value of a list item ({@code li}, {@code dt}, {@code dd}). */
    static final int TAG_LIST_ITEM = 3;
    /** {@code tag} feature value of a table cell ({@code td}, {@code th}). */
    static final int TAG_TABLE_CELL = 4;

    /** The innermost element of a path: p=1, heading=2, li=3, td/th=4, div=5, other=6, none=0. */
    private static int tagCode(String path) {
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        int cut = last.indexOf('.') >= 0 ? last.indexOf('.') : last.indexOf('#');
        String tag = cut >= 0 ? last.substring(0, cut) : last;
        return switch (tag) {
            case "" -> 0;
            case "p" -> 1;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TAG_HEADING;
            case "li", "dt", "dd" -> TAG_LIST_ITEM;
            case "td", "th" -> TAG_TABLE_CELL;
            case "div", "section", "article", "main" -> 5;
            default -> 6;
        };
    }

    /**
     * The innermost {@value #NEAR_ELEMENTS} elements of a tag path: the part whose names speak of the block
     * itself rather than of the page's outer layout.
     */
    static String nearPath(String path) {
        int cut = path.length();
        for (int k = 0; k < NEAR_ELEMENTS; k++) {
            cut = path.lastIndexOf('/', cut - 1);
            if (cut < 0) {
                return path;
            }
        }
        return path.substring(cut + 1);
    }

    /**
     * The page's structure as the blocks' tag paths show it: the main container, found as Readability finds
     * it (each paragraph-like block votes for its parent in full and its grandparent by half, by its length
     * and commas; a container's votes are discounted by its link density), and per block the distance up the
     * path to the nearest element named like main content and like boilerplate ({@code path-hints.txt}).
     */
    private static final class Structure {
        private static final int NONE = 40;
        private final String main;
        private final boolean[] cleanInMain;
        private final double mainShare;
        private final int[] contentDistance;
        private final int[] boilerplateDistance;
        private final boolean[] inArticle;

        Structure(List<Block> blocks, WordLists words) {
            int n = blocks.size();
            Map<String, double[]> under = new HashMap<>();
            Map<String, Double> votes = new HashMap<>();
            Map<String, Integer> hints = new HashMap<>();
            contentDistance = new int[n];
            boilerplateDistance = new int[n];
            inArticle = new boolean[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                Block block = blocks.get(i);
                String path = block.tagPath();
                int chars = block.text().length();
                double linkChars = block.linkDensity() * chars;
                total += chars;
                int parentEnd = -1;
                int grandparentEnd = -1;
                for (int at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
                    double[] u = under.computeIfAbsent(path.substring(0, at), key -> new double[2]);
                    u[0] += chars;
                    u[1] += linkChars;
                    grandparentEnd = parentEnd;
                    parentEnd = at;
                }
                if (chars >= 25 && block.linkDensity() < 0.5 && parentEnd > 0) {
                    double vote = 1 + commas(block.text()) + Math.min(3, chars / 100.0);
                    votes.merge(path.substring(0, parentEnd), vote, Double::sum);
                    if (grandparentEnd > 0) {
                        votes.merge(path.substring(0, grandparentEnd), vote / 2, Double::sum);
                    }
                }
                String[] elements = path.split("/");
                contentDistance[i] = NONE;
                boilerplateDistance[i] = NONE;
                for (int j = elements.length - 1; j >= 0; j--) {
                    String element = elements[j];
                    int mask = hints.computeIfAbsent(element, e -> hintMask(e.toLowerCase(Locale.ROOT), words));
                    int distance = elements.length - 1 - j;
                    if ((mask & 1) != 0 && contentDistance[i] == NONE) {
                        contentDistance[i] = distance;
                    }
                    if ((mask & 2) != 0 && boilerplateDistance[i] == NONE) {
                        boilerplateDistance[i] = distance;
                    }
                    String tag = tagOf(element);
                    inArticle[i] |= tag.equals("article") || tag.equals("main");
                }
            }
            String best = "";
            double bestScore = 0;
            for (var vote : votes.entrySet()) {
                double[] u = under.get(vote.getKey());
                double score = vote.getValue() * (1 - (u[0] == 0 ? 0 : u[1] / u[0]));
                if (score > bestScore || score == bestScore && vote.getKey().compareTo(best) < 0) {
                    best = vote.getKey();
                    bestScore = score;
                }
            }
            this.main = best;
            this.mainShare = best.isEmpty() || total == 0 ? 0 : under.get(best)[0] / total;
            cleanInMain = new boolean[n];
            int mainElements = best.isEmpty() ? 0 : best.split("/").length;
            for (int i = 0; i < n; i++) {
                Block block = blocks.get(i);
                int below = block.tagPath().split("/").length - mainElements;
                cleanInMain[i] = inMain(block) && boilerplateDistance[i] >= below;
            }
        }

        /** In the main container with no element named like boilerplate between it and the block. */
        boolean cleanInMain(int i) {
            return cleanInMain[i];
        }

        boolean inMain(Block block) {
            return !main.isEmpty() && block.tagPath().startsWith(main + "/");
        }

        double mainShare() {
            return mainShare;
        }

        int contentDistance(int i) {
            return contentDistance[i];
        }

        int boilerplateDistance(int i) {
            return boilerplateDistance[i];
        }

        boolean inArticle(int i) {
            return inArticle[i];
        }

        /** Bit 1: the element is named like main content; bit 2: like any kind of boilerplate or a caption. */
        private static int hintMask(String element, WordLists words) {
            int mask = words.pathHits("content", element) > 0 ? 1 : 0;
            if (words.pathHits("caption", element) > 0) {
                return mask | 2;
            }
            for (BlockLabel kind : BlockLabel.KINDS) {
                if (kind != BlockLabel.OTHER && words.pathHits(kind.label(), element) > 0) {
                    return mask | 2;
                }
            }
            return mask;
        }

        private static int commas(String text) {
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                commas += c == ',' || c == '，' || c == '、' ? 1 : 0;
            }
            return commas;
        }

        private static String tagOf(String element) {
            int cut = element.length();
            for (int i = 0; i < element.length(); i++) {
                if (element.charAt(i) == '.' || element.charAt(i) == '#') {
                    cut = i;
                    break;
                }
            }
            return element.substring(0, cut);
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
