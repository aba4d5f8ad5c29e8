/**
 * Reading: everything {@code core} learns from one article, and from a set of articles together.
 *
 * <p>{@link news.reliability.core.read.ArticleReader} takes an article and the blocks of its main text and
 * returns a {@link news.reliability.core.read.ReadArticle}: language, sentences, entities, claims, and the
 * features story grouping needs. A non-English article is marked with its language and read no further.
 * {@link news.reliability.core.read.StoryBuilder} groups read articles into stories and aligns each story's
 * claims into claim groups.
 */
package news.reliability.core.read;
