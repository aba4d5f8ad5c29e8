package news.reliability.core.report;

/**
 * One piece of evidence behind a source's score.
 *
 * @param kind       "corroborated", "contradicted" or a flag kind
 * @param article    the article it comes from
 * @param story      the story, for claim-group evidence (else null)
 * @param claimGroup the claim group, for claim-group evidence (else null)
 * @param text       the claim or span in question
 * @param weight     how much it moved the score, signed
 * @param start      offset of the claim or span in the article's text, for linking to it (else null)
 * @param end        end offset of the claim or span (else null)
 */
public record EvidenceReport(String kind, String article, String story, String claimGroup, String text,
                             double weight, Integer start, Integer end) {
}
