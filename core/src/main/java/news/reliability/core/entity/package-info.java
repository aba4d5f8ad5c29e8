/**
 * Entities: names of organisations, people, places and products found in an article, with their aliases.
 *
 * <p>{@link news.reliability.core.entity.EntityExtractor} finds capitalised name sequences, CamelCase names
 * and acronyms (no part-of-speech model: a capitalised word opening a sentence counts only when the article
 * also writes it capitalised mid-sentence), links aliases within an article (an acronym in parentheses or
 * made of a name's initials, a name without its corporate suffix, a person's surname, a short form that is
 * not used more often than the full name), and resolves anaphors such as "the company" to the most salient
 * entity. {@link news.reliability.core.entity.EntityMatcher} compares entity keys across articles with
 * Apache Commons Text similarity. Word lists live in {@code entity-words.tsv}.
 */
package news.reliability.core.entity;
