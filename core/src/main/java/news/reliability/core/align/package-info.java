/**
 * Alignment: inside a story, the claims about the same fact form a claim group, and their values are
 * compared.
 *
 * <p>{@link news.reliability.core.align.ClaimAligner} groups claims with the same attribute and value kind
 * whose entities overlap (Jaccard through {@link news.reliability.core.entity.EntityMatcher}, single
 * linkage), then picks the consensus: the value compatible with claims from the most sources.
 * {@link news.reliability.core.align.ValueComparator} says when two values report the same figure: each
 * value becomes a band, the figure widened by what its wording allows ("more than $10 billion" reaches up
 * to half again, "about" 10 % each way, an exact figure 3 % for rounding), and bands that overlap agree.
 */
package news.reliability.core.align;
