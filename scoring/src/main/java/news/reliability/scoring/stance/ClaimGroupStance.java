package news.reliability.scoring.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import news.reliability.core.entity.EntityMatcher;
import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Hedge;
import news.reliability.core.model.Sentence;
import news.reliability.core.model.Story;
import news.reliability.core.read.ReadArticle;

/**
 * The stance classifier inside claim groups, for articles that state no value for a fact: an article of the
 * story that names the fact's entities but gives no figure for it is read against the consensus claim, and
 * if the classifier is confident it disagrees ("the company denied any such deal"), its closest sentence
 * joins the group as a valueless claim in conflict, with reason "stance". Values are compared by the aligner;
 * this step only adds what value comparison cannot see.
 *
 * <p>Thread-safe if the judge is. Stories and articles are not modified.
 */
public final class ClaimGroupStance {

    /** Reason of a conflict found by the stance classifier. */
    public static final String REASON = "stance";

    private final BiFunction<String, String, Stance> judge;
    private final double minDisagree;

    /**
     * @param judge       the stance of a body toward a claim, such as {@link StanceClassifier#predict}
     * @param minDisagree probability of "disagree" a conflict needs, in (0,1]
     */
    public ClaimGroupStance(BiFunction<String, String, Stance> judge, double minDisagree) {
        this.judge = Objects.requireNonNull(judge, "judge");
        if (!(minDisagree > 0 && minDisagree <= 1)) {
            throw new IllegalArgumentException("minDisagree must be in (0,1]: " + minDisagree);
        }
        this.minDisagree = minDisagree;
    }

    /** The story with stance conflicts added to its claim groups; {@code articles} by article id. */
    public Story check(Story story, Map<String, ReadArticle> articles) {
        List<ClaimGroup> groups = new ArrayList<>(story.claimGroups().size());
        for (ClaimGroup group : story.claimGroups()) {
            groups.add(check(group, story.articleIds(), articles));
        }
        return new Story(story.id(), story.articleIds(), groups);
    }

    private ClaimGroup check(ClaimGroup group, List<String> articleIds, Map<String, ReadArticle> articles) {
        if (group.consensus().isEmpty() || group.supporting().isEmpty()) {
            return group;
        }
        Claim reference = group.supporting().getFirst();
        Set<String> sourcesInGroup = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Claim claim : group.claims()) {
            ReadArticle article = articles.get(claim.articleId());
            if (article != null) {
                sourcesInGroup.add(article.article().source().id());
            }
            keys.addAll(claim.entities());
        }
        List<Claim> claims = new ArrayList<>(group.claims());
        List<ClaimGroup.Conflict> conflicts = new ArrayList<>(group.conflicts());
        for (String articleId : articleIds) {
            ReadArticle article = articles.get(articleId);
            if (article == null || !article.analysed() || article.sentences().isEmpty()
                    || sourcesInGroup.contains(article.article().source().id()) || !namesAny(article, keys)) {
                continue;
            }
            String body = String.join(" ", article.sentences().stream().map(Sentence::text).toList());
            Stance stance = judge.apply(reference.text(), body);
            if (stance.label() == StanceLabel.DISAGREE && stance.probability(StanceLabel.DISAGREE) >= minDisagree) {
                Sentence closest = closest(article.sentences(), reference.text());
                Claim valueless = new Claim("s" + (claims.size() + 1), articleId, closest.text(), closest.start(),
                        closest.end(), group.subject(), reference.entities(), group.attribute(), Optional.empty(),
                        Optional.empty(), Hedge.NONE, false, Optional.empty());
                claims.add(valueless);
                conflicts.add(new ClaimGroup.Conflict(valueless, REASON));
                sourcesInGroup.add(article.article().source().id());
            }
        }
        return conflicts.size() == group.conflicts().size() ? group
                : new ClaimGroup(group.id(), group.subject(), group.attribute(), claims, group.consensus(),
                        group.supporting(), conflicts);
    }

    private static boolean namesAny(ReadArticle article, Set<String> keys) {
        return article.entities().entities().stream()
                .anyMatch(e -> keys.stream().anyMatch(k -> EntityMatcher.same(k, e.key())));
    }

    /** The sentence sharing the most words with the claim. */
    private static Sentence closest(List<Sentence> sentences, String claim) {
        Set<String> words = words(claim);
        Sentence best = sentences.getFirst();
        long bestShared = -1;
        for (Sentence sentence : sentences) {
            long shared = words(sentence.text()).stream().filter(words::contains).count();
            if (shared > bestShared) {
                bestShared = shared;
                best = sentence;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }
}
