/**
 * The analysis report: the public JSON shape of the SPEC ("The analysis report"), as records.
 *
 * <p>These records are the contract shared by the command line ({@code ./scorer analyze}) and the REST API
 * ({@code GET /api/v1/articles/{id}}, {@code POST /api/v1/analyze}); field names must not be renamed.
 * Unlike the model records, a field here may be {@code null} where the analysis has no value to give (for
 * example an article's quality before the quality step exists), so that the JSON keeps every key.
 */
package news.reliability.core.report;
