package news.reliability.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.truth.MajorityVoting;
import news.reliability.scoring.truth.SourceTrust;
import news.reliability.scoring.truth.TruthClaim;
import news.reliability.scoring.truth.TruthDiscovery;
import news.reliability.scoring.truth.TruthEngine;
import news.reliability.scoring.truth.TruthFinder;
import news.reliability.scoring.truth.TruthResult;
import news.reliability.scoring.truth.ValueConfidence;
import news.reliability.scoring.truth.ValueSimilarity;

/**
 * {@code ./scorer truth --claims C.tsv --out R.tsv [--sources S.tsv]}: resolves conflicting claims.
 * R.tsv lists every candidate value of every object ({@code object, value, confidence, chosen, claims}),
 * the chosen one first; S.tsv every source ({@code source, trust, low, high, claims}). See {@link ClaimsTsv}
 * for the input format and escaping.
 */
@Command(name = "truth", mixinStandardHelpOptions = true,
        description = "Resolves conflicting (source, object, value) claims: each object's value and each source's trust.")
final class TruthCommand implements Callable<Integer> {

    @Option(names = "--claims", required = true, paramLabel = "C.tsv",
            description = "Claims: TSV with a header naming source, object, value and optionally weight.")
    Path claims;

    @Option(names = "--out", required = true, paramLabel = "R.tsv",
            description = "Writes every candidate value: object, value, confidence, chosen, claims.")
    Path out;

    @Option(names = "--sources", paramLabel = "S.tsv", description = "Writes each source's trust: source, trust, low, high, claims.")
    Path sources;

    @Option(names = "--values", defaultValue = "auto", paramLabel = "KIND",
            description = "How values compare: auto (numbers where numeric, else text), text, number, persons "
                    + "(author lists). Default: ${DEFAULT-VALUE}.")
    String values;

    @Option(names = "--tolerance", defaultValue = "0.01",
            description = "Relative difference within which numbers support each other. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--method", defaultValue = "engine", paramLabel = "METHOD",
            description = "engine, voting or truthfinder. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--no-copy-detection", description = "Count sources that copy each other as independent.")
    boolean noCopyDetection;

    @Override
    public Integer call() {
        ValueSimilarity similarity;
        try {
            similarity = ValueSimilarity.named(values, tolerance);
        } catch (IllegalArgumentException e) {
            throw new ScorerCommand.UsageException("--values/--tolerance: " + e.getMessage());
        }
        TruthDiscovery discovery = method(method, noCopyDetection);
        List<TruthClaim> input = ClaimsTsv.read(claims);
        TruthResult result = discovery.resolve(input, similarity);
        List<List<String>> rows = new ArrayList<>();
        for (ValueConfidence value : result.values()) {
            rows.add(List.of(value.object(), value.value(), number(value.confidence()),
                    Boolean.toString(value.chosen()), Integer.toString(value.claims())));
        }
        ClaimsTsv.write(out, List.of("object", "value", "confidence", "chosen", "claims"), rows);
        if (sources != null) {
            List<List<String>> sourceRows = new ArrayList<>();
            for (SourceTrust trust : result.sources()) {
                sourceRows.add(List.of(trust.source(), number(trust.trust()), number(trust.low()),
                        number(trust.high()), Integer.toString(trust.claims())));
            }
            ClaimsTsv.write(sources, List.of("source", "trust", "low", "high", "claims"), sourceRows);
        }
        return 0;
    }

    static TruthDiscovery method(String name, boolean noCopyDetection) {
        return switch (name) {
            case "engine" -> new TruthEngine(noCopyDetection ? TruthEngine.Options.defaults().withoutCopyDetection()
                    : TruthEngine.Options.defaults());
            case "voting" -> new MajorityVoting();
            case "truthfinder" -> new TruthFinder(TruthFinder.Options.defaults());
            default -> throw new ScorerCommand.UsageException(
                    "--method must be engine, voting or truthfinder: " + name);
        };
    }

    static String number(double x) {
        return String.format(Locale.ROOT, "%.6f", x);
    }
}
