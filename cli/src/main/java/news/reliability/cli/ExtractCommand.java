package news.reliability.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import news.reliability.core.parse.ContentDecoder;
import news.reliability.core.parse.HtmlParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;
import news.reliability.scoring.boilerplate.BoilerplateClassifier;
import news.reliability.scoring.boilerplate.MainText;

/**
 * {@code ./scorer extract --out DIR FILE...}: each page's main text, boilerplate removed, to
 * {@code DIR/<file name>.txt}. The pages given together are each other's siblings when they share a
 * directory (the same site, as far as we can tell from files).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Writes the main text of each HTML (or text) file, boilerplate removed, to DIR/<file name>.txt.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the .txt files.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML pages (.html, .htm) or plain text (.txt).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        BoilerplateClassifier classifier = BoilerplateClassifier.standard();
        Files.createDirectories(out);
        List<Path> resolved = files.stream().map(Path::toAbsolutePath).toList();
        List<ParsedDocument> documents = resolved.stream().map(ExtractCommand::parse).toList();
        for (int i = 0; i < resolved.size(); i++) {
            Path dir = resolved.get(i).getParent();
            int self = i;
            List<ParsedDocument> siblings = java.util.stream.IntStream.range(0, resolved.size())
                    .filter(j -> j != self && java.util.Objects.equals(resolved.get(j).getParent(), dir))
                    .mapToObj(documents::get).toList();
            String text = MainText.of(classifier.classify(documents.get(i), siblings)).text();
            Files.writeString(out.resolve(resolved.get(i).getFileName() + ".txt"), text + "\n", StandardCharsets.UTF_8);
        }
        System.err.printf("extracted %d file(s) to %s%n", resolved.size(), out);
        return 0;
    }

    static ParsedDocument parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScorerCommand.UsageException(file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ScorerCommand.UsageException(file + ": cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new TextParser().parse(ContentDecoder.decodeText(bytes));
        }
        return new HtmlParser().parse(ContentDecoder.decodeHtml(bytes));
    }
}
