package news.reliability.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.fixtures.QualityFixtures;
import news.reliability.scoring.AnalyzedArticle;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;
import news.reliability.scoring.quality.FlagKind;
import news.reliability.scoring.quality.QualityEvaluation;
import news.reliability.scoring.quality.QualityExample;
import news.reliability.scoring.quality.QualityModel;
import news.reliability.scoring.quality.QualityScorer;
import news.reliability.scoring.quality.QualityText;
import news.reliability.scoring.quality.QualityWords;
import news.reliability.scoring.stance.CsvFormatException;
import news.reliability.scoring.stance.FncCorpus;

/** Holder of {@code ./scorer evaluate quality} (see {@link Quality}); {@link EvaluateCommand} lists it. */
final class EvaluateQualityCommand {

    private EvaluateQualityCommand() {
    }

    /** {@code ./scorer evaluate quality [--folds K] [--seed N] [--speed] [--spun-on B.csv]}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "Cross-validates the quality model on the fixtures (seeded, stratified) and prints ROC AUC; "
                    + "--speed times the quality step per 1,000 words; --spun-on counts spun flags on real news.")
    static final class Quality implements Callable<Integer> {

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Folds (default 5).")
        int folds;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the fold split (default 1).")
        long seed;

        @Option(names = "--speed", description = "Also time the quality step (text preparation, features, model, flags).")
        boolean speed;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "15", description = "Timed runs, median reported (default 15).")
        int runs;

        @Option(names = "--model", paramLabel = "FILE", description = "Model for --speed (default: the shipped one).")
        Path model;

        @Option(names = "--spun-on", paramLabel = "B.csv", description = "Also count spun flags on news bodies in "
                + "FNC-1's format (Body ID,articleBody), e.g. ../shared/data/fnc1/train_bodies.csv: edited news has "
                + "no automatic rewording, so every flag there is a false positive.")
        Path spunOn;

        @Override
        public Integer call() throws Exception {
            if (folds < 2 || runs < 1) {
                throw new ScorerCommand.UsageException("need --folds >= 2 and --runs >= 1");
            }
            List<QualityExample> examples = QualityData.fixtureExamples();
            long good = examples.stream().filter(QualityExample::good).count();
            var result = QualityEvaluation.crossValidate(examples, QualityModel.Options.defaults(), folds, seed);
            spec.commandLine().getOut().printf(Locale.ROOT, "quality: %d-fold stratified cross-validation (seed %d) on %d fixture articles "
                    + "(%d good, %d bad): ROC AUC %.3f%n", folds, seed, examples.size(), good, examples.size() - good,
                    result.auc());
            if (speed) {
                speed(examples.size());
            }
            if (spunOn != null) {
                spunOnFixtures(examples);
                spunOn(spunOn);
            }
            return 0;
        }

        /** Broken-collocation flags on the fixtures: on the spun articles, and on the good ones (should be none). */
        private void spunOnFixtures(List<QualityExample> examples) {
            QualityScorer scorer = QualityScorer.standard();
            var spunNames = QualityFixtures.all().stream()
                    .filter(e -> e.kinds().contains("spun")).map(QualityFixtures.Example::name).collect(Collectors.toSet());
            int[] spun = new int[3];
            int[] good = new int[3];
            for (QualityExample example : examples) {
                int[] counts = spunNames.contains(example.name()) ? spun : example.good() ? good : null;
                if (counts == null) {
                    continue;
                }
                long flags = scorer.assess(example.text()).flags().stream()
                        .filter(f -> f.kind() == FlagKind.SPUN && f.reason().contains(" where news writes ")).count();
                counts[0]++;
                counts[1] += flags > 0 ? 1 : 0;
                counts[2] += (int) flags;
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "broken collocations on the fixtures: %d flags on %d of %d "
                    + "spun articles; %d flags on %d of %d good articles%n", spun[2], spun[1], spun[0], good[2], good[1], good[0]);
        }

        /** Spun flags on real news bodies: how many, per 1,000 words, and which phrases. */
        private void spunOn(Path file) throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new ScorerCommand.UsageException("--spun-on: no such file: " + file);
            }
            Map<Integer, String> bodies;
            try {
                bodies = FncCorpus.readBodies(file);
            } catch (CsvFormatException e) {
                throw new ScorerCommand.UsageException(e.getMessage());
            }
            QualityScorer scorer = QualityScorer.standard();
            long words = 0;
            int collocationFlags = 0;
            int wordFlags = 0;
            int flaggedBodies = 0;
            Map<String, Integer> phrases = new TreeMap<>();
            for (String body : bodies.values()) {
                QualityText text = QualityText.of(body);
                words += text.words().size();
                var spun = scorer.assess(text).flags().stream()
                        .filter(f -> f.kind() == FlagKind.SPUN).toList();
                flaggedBodies += spun.isEmpty() ? 0 : 1;
                for (var flag : spun) {
                    if (flag.reason().contains(" where news writes ")) {
                        collocationFlags++;
                        phrases.merge(flag.reason(), 1, Integer::sum);
                    } else {
                        wordFlags++;
                    }
                }
            }
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "spun flags on %d bodies of %s (%d words): %d broken collocations (%.3f per 1,000 "
                    + "words), %d sentences with a spinner's word (%.3f per 1,000 words); %d bodies flagged%n",
                    bodies.size(), file.getFileName(), words, collocationFlags, 1000.0 * collocationFlags / Math.max(1, words),
                    wordFlags, 1000.0 * wordFlags / Math.max(1, words), flaggedBodies);
            phrases.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(20).forEach(e -> out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
        }

        /** Times the quality step alone over the fixture articles and the seeds (when present). */
        private void speed(int fixtureCount) throws Exception {
            QualityScorer scorer = model == null ? QualityScorer.standard()
                    : new QualityScorer(QualityModel.load(model), QualityWords.standard());
            Analyzer analyzer = Pipelines.newsWithoutQuality();
            List<Article> articles = new ArrayList<>(QualityFixtures.all().stream()
                    .map(e -> e.article()).toList());
            Path seeds = Home.shared("seeds");
            if (Files.isDirectory(seeds)) {
                try (var files = Files.list(seeds)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        articles.add(Article.of(new Source(f.getFileName().toString().replace(".txt", "")),
                                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                                ContentFormat.TEXT, Files.readString(f)));
                    }
                }
            }
            List<AnalyzedArticle> read = articles.stream().map(analyzer::read).toList();
            long words = read.stream().mapToLong(a -> QualityText.of(a.read(), a.main()).words().size()).sum();
            for (int warm = 0; warm < 5; warm++) {
                read.forEach(a -> scorer.assess(a.read(), a.main()));
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                read.forEach(a -> scorer.assess(a.read(), a.main()));
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                ms[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            spec.commandLine().getOut().printf(Locale.ROOT, "quality step: %d articles, %d words of main text, %d runs: median CPU time "
                    + "%.1f ms = %.2f ms per 1,000 words; median wall-clock %.1f ms = %.2f ms per 1,000 words%n",
                    read.size(), words, runs, cpu[runs / 2], 1000 * cpu[runs / 2] / words, ms[runs / 2],
                    1000 * ms[runs / 2] / words);
        }
    }
}
