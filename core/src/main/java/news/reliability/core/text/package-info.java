/**
 * Text: sentences, tokens, stems and language of an article's main text, every piece keeping its character
 * offsets in the article's text.
 *
 * <p>{@link news.reliability.core.text.SentenceSplitter} splits each block with OpenNLP's English sentence
 * model (from Maven Central, loaded from the class path); {@link news.reliability.core.text.Tokenizer}
 * cuts words, numbers and symbols; {@link news.reliability.core.text.LanguageDetector} tells English from
 * other languages by stop-word profiles and scripts, so that non-English articles are marked and not analysed
 * as if they were English.
 */
package news.reliability.core.text;
