/**
 * Evaluation: metrics (ROC AUC, per-class and macro F1, confusion matrices) and seeded stratified folds,
 * shared by every model's training and benchmark commands. Plain Java; no model types.
 */
package news.reliability.scoring.eval;
