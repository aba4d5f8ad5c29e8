package news.reliability.core.story;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What story grouping needs to know about an article.
 *
 * @param entities    canonical entity keys with how often the article names them
 * @param signature   MinHash signature of the article's content-word stems
 * @param publishedAt when it was published, if known
 */
public record StoryFeatures(Map<String, Integer> entities, int[] signature, Optional<Instant> publishedAt) {

    public StoryFeatures {
        entities = Map.copyOf(entities);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(publishedAt, "publishedAt");
        signature = signature.clone();
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    int[] signatureView() {
        return signature;
    }
}
