package news.reliability.core.report;

/**
 * A claim of an article.
 *
 * @param id       identifier, unique within the article
 * @param text     the span it was read from
 * @param start    offset of the span
 * @param end      end offset of the span
 * @param subject  what the claim is about
 * @param relation what is said of it
 * @param value    its value in the unit's base units (ten billion dollars is 1.0E10), or null
 * @param unit     the value's unit ("USD", "%"), or null
 * @param hedge    how firmly it is stated ("none", "reported", "possible", "expected")
 */
public record ClaimReport(String id, String text, int start, int end, String subject, String relation,
                          Double value, String unit, String hedge) {
}
