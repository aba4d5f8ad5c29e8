package news.reliability.core.model;

/** How firmly a claim is stated. */
public enum Hedge {
    /** Stated as fact. */
    NONE,
    /** Attributed to others: "reportedly", "sources said", "according to". */
    REPORTED,
    /** A possibility: "could", "may", "might". */
    POSSIBLE,
    /** Expected or planned: "is expected to", "plans to", "would". */
    EXPECTED
}
