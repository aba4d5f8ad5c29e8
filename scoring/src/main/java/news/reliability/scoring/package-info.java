/**
 * Scoring: the analysis pipeline and the judgements made on top of {@code core}'s parsing.
 *
 * <p>Entry point: {@link news.reliability.scoring.Pipelines#news()} returns an
 * {@link news.reliability.scoring.Analyzer} that turns articles into the analysis report. Sub-packages hold
 * one step each; {@code reliability} turns evidence into source scores with intervals. Plain Java: no
 * framework, so the same code runs in the API, the command line and batch jobs.
 */
package news.reliability.scoring;
