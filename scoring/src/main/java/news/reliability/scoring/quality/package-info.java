/**
 * Low-quality text detection: an article-level quality score in [0,1] with flagged spans and reasons.
 *
 * <p>{@link news.reliability.scoring.quality.QualityScorer} is the entry point (the pipeline's quality step).
 * It prepares the main text ({@link news.reliability.scoring.quality.QualityText}), computes features
 * ({@link news.reliability.scoring.quality.QualityFeatures}: the Gopher, C4 and FineWeb rules in
 * {@link news.reliability.scoring.quality.RuleFeatureExtractor}, the news features in
 * {@link news.reliability.scoring.quality.NewsFeatureExtractor}, repeated sentences by
 * {@link news.reliability.scoring.quality.DuplicateSentenceFinder}), scores them with a seeded tree ensemble
 * ({@link news.reliability.scoring.quality.QualityModel}, shipped as {@code /models/quality.model}, trained on
 * the fixtures by {@code ./scorer train quality}) and flags spans
 * ({@link news.reliability.scoring.quality.QualityFlagger}: repetition, filler, spun, opinion, clickbait,
 * stuffing, other). Marker phrases are data: {@code quality/markers.txt}, grouped by concept
 * ({@link news.reliability.scoring.quality.QualityWords}).
 *
 * <p>Automatic rewording ({@code spun}) is found two ways: spinners' single words from {@code markers.txt}
 * ("remunerate"), and broken collocations: {@link news.reliability.scoring.quality.CollocationTable} holds a few hundred
 * news collocations ({@code quality/collocations.txt}) with a thesaurus of the synonyms spinners put in each slot, and
 * {@link news.reliability.scoring.quality.BrokenCollocationFinder} finds, within a sentence and on inflected forms,
 * a collocation with one or more slots substituted ("interest charges" for "interest rates"). Each hit is a flag on
 * its words ("'press discharge' where news writes 'press release'"); hits per 100 words are a model feature.
 * {@link news.reliability.scoring.quality.QualityEvaluation} trains and cross-validates.
 *
 * <p>Depends on {@code core} (text, sentences, entities, claims) and {@code scoring.ml}; no Smile types here.
 */
package news.reliability.scoring.quality;
