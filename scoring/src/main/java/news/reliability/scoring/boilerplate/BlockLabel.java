package news.reliability.scoring.boilerplate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a block is: main content, or boilerplate of one kind. The kinds' lower-case names are the
 * {@code kind} of the report's boilerplate flags and the labels of the fixtures.
 */
public enum BlockLabel {
    CONTENT, NAVIGATION, RELATED, NEWSLETTER, COMMENTS, SHARE, TAGS, BYLINE, LEGAL, AD, OTHER;

    /** The boilerplate kinds, in declaration order (every label but {@link #CONTENT}). */
    public static final List<BlockLabel> KINDS = Arrays.stream(values()).filter(BlockLabel::isBoilerplate).toList();

    /** True for every label but {@link #CONTENT}. */
    public boolean isBoilerplate() {
        return this != CONTENT;
    }

    /** The lower-case name used in reports and fixtures, e.g. {@code "newsletter"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label named {@code name} (case-insensitive), if there is one. */
    public static Optional<BlockLabel> of(String name) {
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
    }
}
