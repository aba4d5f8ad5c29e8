/**
 * Stories: articles about the same event, grouped incrementally.
 *
 * <p>{@link news.reliability.core.story.StoryGrouper} keeps, per story, the entities its articles name and
 * MinHash signatures of their content words. A new article's candidate stories come from two indexes (its
 * salient entities, and LSH bands of its MinHash signature); a candidate within the time window that is
 * similar enough (IDF-weighted entity cosine and estimated word Jaccard) takes the article, else the article
 * opens a new story. Adding an article that was already added changes nothing.
 */
package news.reliability.core.story;
