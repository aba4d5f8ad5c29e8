/**
 * The document model: immutable records for what the pipeline reads and produces.
 *
 * <p>{@link news.reliability.core.model.Article} is one outlet's report as it arrived; parsing turns it
 * into {@link news.reliability.core.model.Block}s and {@link news.reliability.core.model.Sentence}s
 * whose offsets point into the article's text; claims ({@link news.reliability.core.model.Claim}) carry
 * normalised {@link news.reliability.core.model.Quantity} values; a {@link news.reliability.core.model.Story}
 * groups articles about one event and holds their {@link news.reliability.core.model.ClaimGroup}s.
 *
 * <p>All records are immutable and safe to share between threads. Absent values are {@code Optional}s,
 * never {@code null}.
 */
package news.reliability.core.model;
