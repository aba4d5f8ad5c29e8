/**
 * Claims: the checkable statements of an article, one per stated value, with what the value is about.
 *
 * <p>{@link news.reliability.core.claim.ClaimExtractor} reads each sentence's values with the quantity
 * parser, names the attribute from the words around the value (a frame lexicon in {@code frames.tsv}: "could
 * value X at $500 billion" is a valuation, "invest $10 billion" an investment, whatever the nearest number
 * says), takes the subject from the entities of the sentence (an anaphor such as "the company" resolved),
 * and marks hedges, negation and attribution from cue words in {@code cues.tsv}.
 */
package news.reliability.core.claim;
