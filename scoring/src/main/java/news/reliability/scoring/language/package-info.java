/**
 * Language identification: {@link news.reliability.scoring.language.LanguageDetector} guesses a text's
 * language from function words kept as data ({@code stopwords.txt}). Used for the report's
 * {@code language} and to split benchmarks by language.
 */
package news.reliability.scoring.language;
