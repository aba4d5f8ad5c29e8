/**
 * The command line: {@code ./scorer} and its subcommands, for researchers and batch jobs.
 *
 * <p>Entry point: {@link news.reliability.cli.ScorerCommand}. Each subcommand is one class; they share file
 * reading ({@link news.reliability.cli.ArticleFiles}) and JSON output ({@link news.reliability.cli.Json}).
 */
package news.reliability.cli;
