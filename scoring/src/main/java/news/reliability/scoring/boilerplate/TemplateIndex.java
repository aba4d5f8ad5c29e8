package news.reliability.scoring.boilerplate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.reliability.core.model.Block;
import news.reliability.core.parse.ParsedDocument;

/**
 * Block texts repeated across pages of one source: the mark of a site template. Built from a page's
 * siblings (other pages of the same source); a block found on many siblings is almost surely boilerplate.
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateIndex {

    private static final TemplateIndex EMPTY = new TemplateIndex(Map.of(), 0);

    private final Map<String, Integer> pagesByText;
    private final int pages;

    private TemplateIndex(Map<String, Integer> pagesByText, int pages) {
        this.pagesByText = pagesByText;
        this.pages = pages;
    }

    /** No siblings known. */
    public static TemplateIndex empty() {
        return EMPTY;
    }

    /** The index of {@code siblings}; each sibling counts a text once. */
    public static TemplateIndex of(List<ParsedDocument> siblings) {
        Map<String, Integer> counts = new HashMap<>();
        for (ParsedDocument sibling : siblings) {
            Set<String> seen = new HashSet<>();
            for (Block block : sibling.blocks()) {
                String key = key(block.text());
                if (!key.isEmpty() && seen.add(key)) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return new TemplateIndex(Map.copyOf(counts), siblings.size());
    }

    /** Number of sibling pages indexed. */
    public int pages() {
        return pages;
    }

    /** Share of sibling pages that hold a block with this text, in [0,1]; 0 when no siblings are known. */
    public double share(String blockText) {
        if (pages == 0) {
            return 0;
        }
        return pagesByText.getOrDefault(key(blockText), 0) / (double) pages;
    }

    /** Case and white space do not matter; digits do not either (dates and counts change between pages). */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "0").replaceAll("\\s+", " ").strip();
    }
}
