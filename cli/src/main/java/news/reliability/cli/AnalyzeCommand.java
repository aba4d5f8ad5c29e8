package news.reliability.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import news.reliability.core.model.Article;
import news.reliability.core.report.AnalysisReport;
import news.reliability.scoring.Pipelines;

/** {@code ./scorer analyze [--json OUT] FILE...}: the analysis report of the given articles. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses articles together and writes the analysis report as JSON.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--json", paramLabel = "OUT", description = "Write the report to OUT instead of standard output.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Articles: .txt or .html (source = file name), .json (object or array), .jsonl.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        List<Article> articles = ArticleFiles.read(files);
        AnalysisReport report = Pipelines.news().analyze(articles);
        if (out == null) {
            Json.MAPPER.writeValue(new NonClosingStream(System.out), report);
            System.out.println();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Json.MAPPER.writeValue(out.toFile(), report);
        }
        return 0;
    }

    /** Lets Jackson write to standard output without closing it. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
