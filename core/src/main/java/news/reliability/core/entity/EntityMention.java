package news.reliability.core.entity;

import java.util.Objects;

/**
 * One place where an entity is named.
 *
 * @param start offset in the article's text
 * @param end   end offset
 * @param text  the name as written ("Halvard Corp.")
 * @param key   the canonical key of the entity it refers to, after alias resolution ("halvard")
 */
public record EntityMention(int start, int end, String text, String key) {

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
    }
}
