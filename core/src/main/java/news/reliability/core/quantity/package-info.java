/**
 * Quantities in news text: money, percentages, counts, durations and dates, normalised into
 * {@link news.reliability.core.model.Quantity} values with the interval their wording allows.
 *
 * <p>Entry point: {@link news.reliability.core.quantity.QuantityExtractor#extract}, which returns
 * {@link news.reliability.core.quantity.QuantityMention}s (offsets into the text, the quantity, the
 * {@link news.reliability.core.quantity.Modifier}). A text is cut into tokens, then at each token that can
 * start one a date reader and an amount reader try to read a quantity; the modifier is the phrase ending
 * right before it. Word lists and tables are resource files next to these classes, one per concept.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li><b>MONEY</b>: value in the currency's units, unit the ISO 4217 code. "$10 billion", "10bn", "$10B",
 *     "US$10 billion", "ten billion dollars", "half a trillion dollars" (5.0E11), "a third of a billion
 *     dollars". "$" and "dollars" are USD unless the context's default currency is another dollar. One-letter
 *     scales ("m", "b", "k") count only in money ("£3.6m", "320M dollars"). A bare amount with a scale word of
 *     a hundred thousand or more and no noun after it ("38 billion of cloud computing") is money in the
 *     context's default currency, and is not read without one; followed by a plural noun it is a count.</li>
 * <li><b>PERCENT</b>: unit "%", value in percent points ("27 percent", "27%", "27 per cent", "ninety
 *     percent"); percentage points are read the same way.</li>
 * <li><b>COUNT</b>: unit the counted noun in lower-case singular ("6,500 people" is 6500 "person"). The
 *     noun is the first plural-looking word after the figure, skipping up to two lower-case modifiers and a
 *     few capitalised ones ("hundreds of thousands of Kestrel chips" is "chip"). Vague amounts give a range
 *     and state its low end: "dozens" 24..99, "hundreds" 200..999, "thousands" 2000..9999, "tens of
 *     thousands" 20000..99999, "hundreds of thousands" 200000..999999, and so on for millions and
 *     billions. A figure with no noun ("said 15") and a count of one are not read.</li>
 * <li><b>DURATION</b>: value in days, unit "day"; a year is 365 days, a month 30, a week 7, a decade 3650
 *     ("over seven years", "a seven-year agreement", "18 months", "a decade"). "two years ago" is a DATE.</li>
 * <li><b>DATE</b>: value the epoch day (UTC) of the first day, low and high the first and last epoch day the
 *     expression covers: a day, a month ("October 2025"), a year ("in 2027"), a decade ("the 1990s"), parts
 *     ("early 2022" is January-April, "mid-2023" May-August, "late 2021" September-December; "early
 *     October" days 1-10, "mid" 11-20, "late" 21 to the end). Relative dates count from the publication day:
 *     "in October" and "last October" are the most recent October on or before it, "next October" the first
 *     after; "last/this/next week" are Monday-Sunday weeks; "on Tuesday" is the most recent Tuesday on or
 *     before it, "last Tuesday" the one strictly before. Without {@code publishedAt} they are not emitted. A
 *     four-digit figure 1800-2199 with no currency, percent sign or modifier is a year, even before a noun.
 *     Ordinals ("third quarter", "3rd"), clock times ("10:30", "9 am"), model names ("H100") and number
 *     ranges ("10-20") are not read.</li>
 * <li><b>Modifiers</b> (phrases in {@code modifiers.tsv}) keep the stated value and set the interval:
 *     MORE_THAN and AT_LEAST [value, +inf); UP_TO, LESS_THAN and AT_MOST [0, value]; ABOUT [0.9 value, 1.1
 *     value]; NEARLY [0.9 value, value]. For a vague amount the range's ends move instead of the value.
 *     "close to" is ABOUT. A date keeps its days; only ABOUT ("around October") is recorded for it. The
 *     mention's span covers the modifier.</li>
 * </ul>
 *
 * <p>Depends on nothing outside the JDK and {@code core.model}. All public types are immutable and
 * thread-safe; extraction never throws on any text and is linear in its length.
 */
package news.reliability.core.quantity;
