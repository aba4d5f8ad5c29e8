package news.reliability.core.model;

/** What level of the document a {@link Block} stands for. */
public enum BlockKind {
    /** One line of a plain-text paragraph. */
    LINE,
    /** A block-level element of an HTML page (paragraph, heading, list item, cell, ...). */
    ELEMENT
}
