package news.reliability.core.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups articles into stories as they arrive (see the package description).
 *
 * <p>Not thread-safe: one grouper holds the state of one corpus; callers serialise {@link #add}. Memory is
 * bounded per story (a few recent signatures and the entity weights), so a corpus of 100,000 articles fits in
 * a few hundred megabytes.
 */
public final class StoryGrouper {

    /**
     * Settings.
     *
     * @param window          longest gap between an article and the latest article of its story
     * @param threshold       similarity an article needs to join a story, in (0,1)
     * @param entityWeight    share of the entity cosine in the similarity; the rest is word Jaccard
     * @param salientEntities how many of an article's entities are looked up in the index
     * @param postingLimit    most recent stories kept per entity in the index
     * @param minEntityCosine entity similarity an article needs to join a story whatever its words: shared
     *                        wording alone does not make one event
     */
    public record Options(Duration window, double threshold, double entityWeight, int salientEntities,
                          int postingLimit, double minEntityCosine) {

        public Options {
            if (window.isNegative() || !(threshold > 0 && threshold < 1) || !(entityWeight >= 0 && entityWeight <= 1)
                    || salientEntities < 1 || postingLimit < 1 || !(minEntityCosine >= 0 && minEntityCosine < 1)) {
                throw new IllegalArgumentException("bad story grouping options");
            }
        }

        public static Options defaults() {
            return new Options(Duration.ofDays(3), 0.15, 0.5, 8, 64, 0.3);
        }
    }

    private static final int SIGNATURES_PER_STORY = 4;
    private static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private final Options options;
    private final Map<String, String> storyOfArticle = new HashMap<>();
    private final Map<String, StoryState> stories = new HashMap<>();
    private final Map<String, Deque<String>> storiesByEntity = new HashMap<>();
    private final Map<Long, Deque<String>> storiesByBand = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int articles;

    public StoryGrouper(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** The story the article belongs to: an existing one, or a new one it opens. Idempotent per article id. */
    public String add(String articleId, StoryFeatures features) {
        String known = storyOfArticle.get(articleId);
        if (known != null) {
            return known;
        }
        articles++;
        features.entities().keySet().forEach(e -> documentFrequency.merge(e, 1, Integer::sum));
        String best = null;
        double bestScore = options.threshold();
        for (String candidate : candidates(features)) {
            StoryState story = stories.get(candidate);
            if (!story.withinWindow(features.publishedAt(), options.window())) {
                continue;
            }
            double entities = entityCosine(features.entities(), story.entityCounts);
            if (entities < options.minEntityCosine()) {
                continue;
            }
            double score = similarity(features, story, entities);
            if (score >= bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        String storyId = best != null ? best : "s" + (stories.size() + 1);
        StoryState story = stories.computeIfAbsent(storyId, id -> new StoryState());
        story.add(articleId, features);
        index(storyId, features);
        storyOfArticle.put(articleId, storyId);
        return storyId;
    }

    /** The story of an article added before. */
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId));
    }

    /** The articles of a story, in the order they were added. */
    public List<String> articlesOf(String storyId) {
        StoryState story = stories.get(storyId);
        return story == null ? List.of() : List.copyOf(story.articleIds);
    }

    /** Every story id, in the order the stories were opened. */
    public List<String> stories() {
        return stories.keySet().stream()
                .sorted(Comparator.comparingInt(id -> Integer.parseInt(id.substring(1)))).toList();
    }

    private Set<String> candidates(StoryFeatures features) {
        Set<String> candidates = new LinkedHashSet<>();
        features.entities().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.salientEntities())
                .forEach(e -> candidates.addAll(storiesByEntity.getOrDefault(e.getKey(), new ArrayDeque<>())));
        int[] signature = features.signatureView();
        for (int band = 0; band < BANDS; band++) {
            candidates.addAll(storiesByBand.getOrDefault(bandKey(signature, band), new ArrayDeque<>()));
        }
        return candidates;
    }

    private void index(String storyId, StoryFeatures features) {
        features.entities().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.salientEntities())
                .forEach(e -> post(storiesByEntity.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>()), storyId));
        int[] signature = features.signatureView();
        for (int band = 0; band < BANDS; band++) {
            post(storiesByBand.computeIfAbsent(bandKey(signature, band), k -> new ArrayDeque<>()), storyId);
        }
    }

    private void post(Deque<String> postings, String storyId) {
        if (!storyId.equals(postings.peekLast())) {
            postings.remove(storyId);
            postings.addLast(storyId);
            while (postings.size() > options.postingLimit()) {
                postings.removeFirst();
            }
        }
    }

    private static long bandKey(int[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = key * 1_000_003L + signature[band * ROWS + r];
        }
        return key;
    }

    private double similarity(StoryFeatures article, StoryState story, double entityCosine) {
        double words = 0;
        for (int[] signature : story.signatures) {
            words = Math.max(words, MinHash.similarity(article.signatureView(), signature));
        }
        return options.entityWeight() * entityCosine + (1 - options.entityWeight()) * words;
    }

    private double entityCosine(Map<String, Integer> article, Map<String, Integer> story) {
        double dot = 0;
        double normArticle = 0;
        for (var entry : article.entrySet()) {
            double w = entry.getValue() * idf(entry.getKey());
            normArticle += w * w;
            Integer other = story.get(entry.getKey());
            if (other != null) {
                dot += w * other * idf(entry.getKey());
            }
        }
        double normStory = 0;
        for (var entry : story.entrySet()) {
            double w = entry.getValue() * idf(entry.getKey());
            normStory += w * w;
        }
        return normArticle == 0 || normStory == 0 ? 0 : dot / Math.sqrt(normArticle * normStory);
    }

    private double idf(String entity) {
        return Math.log((articles + 1.0) / (documentFrequency.getOrDefault(entity, 0) + 1.0)) + 1;
    }

    /** What the grouper remembers of one story. */
    private static final class StoryState {
        final List<String> articleIds = new ArrayList<>();
        final Map<String, Integer> entityCounts = new HashMap<>();
        final Deque<int[]> signatures = new ArrayDeque<>();
        Instant earliest;
        Instant latest;

        void add(String articleId, StoryFeatures features) {
            articleIds.add(articleId);
            features.entities().forEach((k, v) -> entityCounts.merge(k, v, Integer::sum));
            signatures.addLast(features.signatureView());
            if (signatures.size() > SIGNATURES_PER_STORY) {
                signatures.removeFirst();
            }
            features.publishedAt().ifPresent(t -> {
                earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
                latest = latest == null || t.isAfter(latest) ? t : latest;
            });
        }

        boolean withinWindow(Optional<Instant> publishedAt, Duration window) {
            if (publishedAt.isEmpty() || latest == null) {
                return true;
            }
            Instant t = publishedAt.get();
            return !t.isBefore(earliest.minus(window)) && !t.isAfter(latest.plus(window));
        }
    }
}
