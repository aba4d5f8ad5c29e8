package news.reliability.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One atomic statement of an article: who or what it is about, what is said of it, and the span it came
 * from.
 *
 * @param id          identifier, unique within its article
 * @param articleId   the article it came from
 * @param text        the sentence or clause it was read from
 * @param start       offset of the span in the article's text
 * @param end         end offset of the span
 * @param subject     the entities the claim is about, readable ("Kestrel Rail, Aldmoor Valley Railways")
 * @param entities    canonical keys of those entities, for comparing claims across articles
 * @param relation    what is said of it ("invest", "valuation", "fine")
 * @param object      the other entity, when the claim relates two
 * @param quantity    the value, when the claim states one
 * @param hedge       how firmly it is stated
 * @param negated     whether it is denied ("did not", "no")
 * @param attribution who it is attributed to ("the company said"), when anyone
 */
public record Claim(String id, String articleId, String text, int start, int end, String subject,
                    List<String> entities, String relation,
                    Optional<String> object, Optional<Quantity> quantity, Hedge hedge, boolean negated,
                    Optional<String> attribution) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(subject, "subject");
        entities = List.copyOf(entities);
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(attribution, "attribution");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad claim span: " + start + ".." + end);
        }
    }
}
