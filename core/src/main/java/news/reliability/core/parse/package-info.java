/**
 * Parsing: an article's content into ordered {@link news.reliability.core.model.Block}s that keep their
 * offsets.
 *
 * <p>Entry point: {@link news.reliability.core.parse.ArticleParser#parse}. Plain text becomes lines grouped
 * into paragraphs ({@link news.reliability.core.parse.TextParser}); HTML becomes block-level elements with
 * tag path and link density ({@link news.reliability.core.parse.HtmlParser}). Parsers never throw on odd
 * input: empty, binary, endless or deeply nested content yields fewer or no blocks.
 */
package news.reliability.core.parse;
