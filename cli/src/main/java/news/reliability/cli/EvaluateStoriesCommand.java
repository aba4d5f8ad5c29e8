package news.reliability.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.core.model.Article;
import news.reliability.core.model.Story;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.read.StoryBuilder;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ClaimGroupReport;
import news.reliability.core.report.StoryReport;
import news.reliability.fixtures.GoldClaim;
import news.reliability.fixtures.StoryGenerator;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;
import news.reliability.scoring.eval.AlignmentEvaluation;

/**
 * {@code ./scorer evaluate stories --articles 10000,100000}: the scale benchmark of story grouping and claim
 * alignment on seeded synthetic stories. Each size is generated, read (parse, boilerplate, claims; in parallel
 * on every core), grouped into stories in publication order and aligned; the command prints the time of each
 * phase, the process's CPU time and the machine's load average (wall time on a shared machine depends on
 * both), the peak heap, story grouping and alignment quality against the generator's truth, and, for two or
 * more sizes, how time grows (the exponent k of time ~ n^k between the smallest and the largest size).
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scale benchmark: synthetic articles read, grouped into stories and aligned.")
final class EvaluateStoriesCommand implements Callable<Integer> {

    @Option(names = "--articles", split = ",", defaultValue = "10000,100000",
            description = "Corpus sizes to run, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Threads for reading articles (default: all cores).")
    Integer threads;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int parallelism = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (sizes.stream().anyMatch(n -> n < 2) || parallelism < 1) {
            throw new ScorerCommand.UsageException("--articles needs sizes of at least 2 and --threads at least 1");
        }
        Analyzer analyzer = Pipelines.news();
        out.printf("cores %d, threads %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), parallelism,
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("articles  stories  read_s  group_s  align_s  total_s  cpu_s  load  peak_heap_MB  story_P  "
                + "story_R  align_P  align_R  conflict_P  conflict_R");
        double firstSeconds = 0;
        int firstSize = 0;
        for (int size : sizes) {
            Row row = run(analyzer, size, parallelism);
            out.printf("%8d  %7d  %6.1f  %7.1f  %7.1f  %7.1f  %5.0f  %4.1f  %12d  %7.3f  %7.3f  %7.3f  %7.3f  %10.3f  "
                            + "%10.3f%n",
                    size, row.stories, row.readSeconds, row.groupSeconds, row.alignSeconds, row.total(),
                    row.cpuSeconds, row.load, row.peakHeapMb, row.storyPrecision, row.storyRecall, row.alignment.precision(),
                    row.alignment.recall(), row.alignment.conflictPrecision(), row.alignment.conflictRecall());
            out.flush();
            if (firstSize == 0) {
                firstSize = size;
                firstSeconds = row.total();
            } else {
                out.printf("growth from %d to %d articles: time ~ n^%.2f%n", firstSize, size,
                        Math.log(row.total() / firstSeconds) / Math.log((double) size / firstSize));
            }
        }
        return 0;
    }

    private record Row(int stories, double readSeconds, double groupSeconds, double alignSeconds, double cpuSeconds,
                       double load, long peakHeapMb,
                       double storyPrecision, double storyRecall, AlignmentEvaluation.Result alignment) {
        double total() {
            return readSeconds + groupSeconds + alignSeconds;
        }
    }

    private Row run(Analyzer analyzer, int size, int parallelism) throws Exception {
        StoryGenerator.Generated generated = StoryGenerator.generate(size, seed);
        List<Article> articles = generated.articles();
        Map<String, String> trueStory = new HashMap<>();
        generated.entries().forEach(e -> trueStory.put(e.article().id(), e.story()));
        System.gc();
        resetPeaks();

        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        List<ReadArticle> reads;
        try (ForkJoinPool pool = new ForkJoinPool(parallelism)) {
            reads = pool.submit(() -> articles.parallelStream().map(a -> analyzer.read(a).read()).toList()).get();
        }
        long read = System.nanoTime();
        StoryBuilder builder = new StoryBuilder(analyzer.storyOptions());
        reads.forEach(builder::add);
        long grouped = System.nanoTime();
        List<Story> stories = builder.stories();
        long aligned = System.nanoTime();
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long peak = peakHeapMb();

        Map<String, String> sourceName = new HashMap<>();
        articles.forEach(a -> sourceName.put(a.id(), a.source().name()));
        List<StoryReport> storyReports = new ArrayList<>(stories.size());
        for (Story story : stories) {
            List<ClaimGroupReport> groups = story.claimGroups().stream().map(g -> new ClaimGroupReport(g.id(),
                    g.subject(), g.attribute(),
                    g.claims().stream().map(c -> new ClaimGroupReport.GroupClaim(sourceName.get(c.articleId()),
                            c.text(), c.quantity().map(q -> q.value()).orElse(null),
                            c.quantity().map(q -> q.unit()).orElse(null))).toList(),
                    null,
                    g.conflicts().stream().map(c -> new ClaimGroupReport.ConflictReport(
                            sourceName.get(c.claim().articleId()), c.claim().quantity().map(q -> q.value()).orElse(null),
                            c.claim().text(), c.reason())).toList())).toList();
            storyReports.add(new StoryReport(story.id(), story.articleIds(), groups));
        }
        AnalysisReport report = new AnalysisReport(Map.of(), List.of(), List.of(), storyReports);
        List<AlignmentEvaluation.GoldItem> gold = generated.gold().stream()
                .map(g -> new AlignmentEvaluation.GoldItem(g.story(), g.claimGroup(), g.source(), g.number(), g.unit(),
                        g.verdict() == GoldClaim.Verdict.CONFLICT))
                .toList();
        AlignmentEvaluation.Result alignment = AlignmentEvaluation.score(report, gold, trueStory);
        double[] storyQuality = pairwiseStoryQuality(stories, trueStory);
        return new Row(stories.size(), seconds(start, read), seconds(read, grouped), seconds(grouped, aligned), cpu,
                load, peak,
                storyQuality[0], storyQuality[1], alignment);
    }

    /** Pairwise precision and recall of the grouping, from the contingency counts (no pair enumeration). */
    static double[] pairwiseStoryQuality(List<Story> stories, Map<String, String> trueStory) {
        long predictedPairs = 0;
        long rightPairs = 0;
        Map<String, Long> trueSizes = new HashMap<>();
        for (Story story : stories) {
            long n = story.articleIds().size();
            predictedPairs += n * (n - 1) / 2;
            Map<String, Long> overlap = new HashMap<>();
            for (String article : story.articleIds()) {
                overlap.merge(trueStory.get(article), 1L, Long::sum);
                trueSizes.merge(trueStory.get(article), 1L, Long::sum);
            }
            for (long k : overlap.values()) {
                rightPairs += k * (k - 1) / 2;
            }
        }
        long goldPairs = trueSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return new double[] {predictedPairs == 0 ? 0 : (double) rightPairs / predictedPairs,
                goldPairs == 0 ? 0 : (double) rightPairs / goldPairs};
    }

    /** CPU time of this process, all threads. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
