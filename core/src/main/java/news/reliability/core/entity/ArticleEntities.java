package news.reliability.core.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities of one article: who is named, where, and under which canonical key. Immutable.
 */
public final class ArticleEntities {

    private final List<Entity> entities;
    private final Map<String, Entity> byKey;
    private final List<EntityMention> mentions;
    private final Map<Integer, String> anaphors;

    ArticleEntities(List<Entity> entities, List<EntityMention> mentions, Map<Integer, String> anaphors) {
        this.entities = List.copyOf(entities);
        this.byKey = new java.util.HashMap<>();
        for (Entity entity : this.entities) {
            byKey.put(entity.key(), entity);
        }
        this.mentions = List.copyOf(mentions);
        this.anaphors = Map.copyOf(anaphors);
    }

    /** Entities, most mentioned first. */
    public List<Entity> entities() {
        return entities;
    }

    /** Every mention, in text order. */
    public List<EntityMention> mentions() {
        return mentions;
    }

    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Keys of the entities named in {@code [start, end)}, in order of first mention. */
    public List<String> keysIn(int start, int end) {
        Set<String> keys = new LinkedHashSet<>();
        for (EntityMention mention : mentionsIn(start, end)) {
            keys.add(mention.key());
        }
        return new ArrayList<>(keys);
    }

    /** Mentions inside {@code [start, end)}, in text order. */
    public List<EntityMention> mentionsIn(int start, int end) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<EntityMention> inside = new ArrayList<>();
        for (int i = low; i < mentions.size() && mentions.get(i).start() < end; i++) {
            if (mentions.get(i).end() <= end) {
                inside.add(mentions.get(i));
            }
        }
        return inside;
    }

    /** The entity an anaphor of sentence {@code sentenceIndex} ("the company") refers to, if it has one. */
    public Optional<String> anaphor(int sentenceIndex) {
        return Optional.ofNullable(anaphors.get(sentenceIndex));
    }

    /** The readable name of a key: the entity's name, or the key itself when unknown here. */
    public String name(String key) {
        Entity entity = byKey.get(key);
        return entity == null ? key : entity.name();
    }
}
