package news.reliability.scoring.quality;

import java.util.Locale;

/** What a quality flag found; {@link #label()} is the report's {@code kind}. */
public enum FlagKind {
    /** The same or nearly the same sentence more than once. */
    REPETITION,
    /** Generic or slogan text without checkable facts. */
    FILLER,
    /** Automatic rewording: rare synonyms that break common collocations. */
    SPUN,
    /** First-person musing or opinion outside quotes, presented as news. */
    OPINION,
    /** Clickbait phrasing, rhetorical questions, calls to share. */
    CLICKBAIT,
    /** One keyword repeated far beyond natural use. */
    STUFFING,
    /** Anything else: text that is barely language. */
    OTHER;

    /** The lower-case name used in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
