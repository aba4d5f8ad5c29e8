/**
 * Stance detection: how a body text stands toward a claim or headline (agree, disagree, discuss, unrelated),
 * the FNC-1 task. Claim groups call it for claims without values.
 *
 * <p>Entry points: {@link news.reliability.scoring.stance.StanceClassifier#predict(String, String)} (thread-safe;
 * {@code fixtureDefault()} is the product's model, trained on the project's fixtures) and
 * {@link news.reliability.scoring.stance.StanceClassifier#fit} with its {@code Options}. The chain:
 * {@link news.reliability.scoring.stance.StanceTokenizer} (sentences, tokens, light stems) →
 * {@code AnalysedText} (each claim and body analysed once: TF-IDF and latent-topic vectors from a
 * {@code TermSpace}, sentences, numbers, dates, entity-like strings, cue counts) →
 * {@link news.reliability.scoring.stance.StanceFeatureExtractor} (pair features, Commons Text similarities) →
 * two tree ensembles of {@code scoring.ml} (related vs unrelated, then agree/disagree/discuss with
 * {@code disagree} oversampled) → {@link news.reliability.scoring.stance.Stance} (label and probabilities).
 * Cue words are resource files under {@code stance/}, one concept per file.
 *
 * <p>FNC-1 files: {@link news.reliability.scoring.stance.CsvReader} (strict RFC 4180),
 * {@link news.reliability.scoring.stance.FncCorpus} (bodies, stances, predictions; errors name file and line),
 * {@link news.reliability.scoring.stance.FncScore} (the competition's score, F1, confusion) and
 * {@link news.reliability.scoring.stance.BodySplit} (seeded train / validation / hold-out split by body).
 * Depends on {@code core}'s Commons Text and on {@code scoring.ml}; no Smile type appears here.
 */
package news.reliability.scoring.stance;
