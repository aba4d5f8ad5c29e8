package news.reliability.core.model;

/** How an article's content is written. */
public enum ContentFormat {
    /** Plain text: paragraphs separated by blank lines. */
    TEXT,
    /** An HTML page or fragment. */
    HTML
}
