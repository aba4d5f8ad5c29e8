/**
 * The only package that touches Smile: tree-ensemble classifiers behind our own narrow type.
 *
 * <p>{@link news.reliability.scoring.ml.TreeClassifier#fit} trains a gradient-boosting or random-forest model
 * on a feature matrix with a fixed seed; the model predicts classes and class probabilities for
 * {@code double[]} feature vectors, and saves to and loads from a file. Nothing outside this package sees a
 * Smile type. {@link news.reliability.scoring.ml.TruncatedSvd} is a pure-Java truncated SVD of a sparse matrix
 * (Smile's needs native LAPACK, which these machines lack).
 */
package news.reliability.scoring.ml;
