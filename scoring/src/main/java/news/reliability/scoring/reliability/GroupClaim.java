package news.reliability.scoring.reliability;

import java.util.Locale;
import java.util.Objects;

import news.reliability.core.model.Hedge;
import news.reliability.core.model.Source;

/**
 * One source's claim in one claim group, as truth discovery sees it: the claim group is the object, and the
 * value is what the alignment found the claim to say about the group's fact ({@link #CONSENSUS} when it fits
 * the consensus, else its own conflicting value).
 *
 * @param story      the story's id
 * @param claimGroup the claim group's id within its story
 * @param articleId  the article the claim comes from
 * @param source     the article's source
 * @param value      the value key: {@link #CONSENSUS} or a conflict key from {@link #conflict}
 * @param hedge      how firmly the claim is stated
 * @param text       the claim's text
 * @param start      offset of the claim's span in the article's text
 * @param end        end offset of the span
 */
public record GroupClaim(String story, String claimGroup, String articleId, Source source, String value,
                         Hedge hedge, String text, int start, int end) {

    /** The value key of claims that agree with their group's consensus. */
    public static final String CONSENSUS = "consensus";

    public GroupClaim {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(claimGroup, "claimGroup");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad claim span: " + start + ".." + end);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
    }

    /** The object of truth discovery: story and claim group. */
    public String object() {
        return story + "/" + claimGroup;
    }

    /**
     * The value key of a conflicting claim: its reason and, when it states one, its value with unit, so that
     * two sources giving the same conflicting figure support each other.
     */
    public static String conflict(String reason, Double value, String unit) {
        String why = reason == null || reason.isBlank() ? "conflict" : reason.strip().toLowerCase(Locale.ROOT);
        return value == null ? why : why + ":" + value + (unit == null ? "" : " " + unit);
    }

    /** The hedge by its report name ("none", "reported", ...); unknown names count as {@link Hedge#NONE}. */
    public static Hedge hedge(String name) {
        if (name == null) {
            return Hedge.NONE;
        }
        try {
            return Hedge.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Hedge.NONE;
        }
    }
}
