package news.reliability.scoring.truth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of claims with known truth, known source accuracies and known copiers, for tests,
 * for choosing hyperparameters without touching any benchmark's gold answers, and for the scale benchmark.
 *
 * <p>Each object has the values {@code v0 ... vF}, one of them (at random) true; false ones are drawn with probability
 * proportional to 1/i, so independent sources sometimes make the same popular mistake. Source activity is
 * log-normal (a few sources make many claims, many make few, some only one). An independent source claims
 * distinct random objects and is right with its accuracy, drawn uniformly from [minAccuracy, maxAccuracy]. A
 * copier copies each of its claims from its original (a random independent source) with probability
 * copyRate, and otherwise behaves as an independent source. Same options, same data. Stateless.
 */
public final class SyntheticClaims {

    /**
     * @param sources     number of sources, at least 1
     * @param objects     number of objects, at least 1
     * @param claims      approximate number of claims (each source makes at least one), at least 1
     * @param copierShare share of sources that copy another, in [0,1)
     * @param copyRate    share of a copier's claims that are copied, in [0,1]
     * @param minAccuracy lowest source accuracy, in [0,1]
     * @param maxAccuracy highest source accuracy, in [minAccuracy,1]
     * @param falseValues number of distinct false values per object, at least 1
     * @param seed        the random seed
     */
    public record Options(int sources, int objects, int claims, double copierShare, double copyRate,
                          double minAccuracy, double maxAccuracy, int falseValues, long seed) {

        public Options {
            if (sources < 1 || objects < 1 || claims < 1 || falseValues < 1) {
                throw new IllegalArgumentException("sources, objects, claims and falseValues must be positive");
            }
            if (!(copierShare >= 0 && copierShare < 1) || !(copyRate >= 0 && copyRate <= 1)) {
                throw new IllegalArgumentException("copierShare must be in [0,1) and copyRate in [0,1]");
            }
            if (!(minAccuracy >= 0 && minAccuracy <= maxAccuracy && maxAccuracy <= 1)) {
                throw new IllegalArgumentException("need 0 <= minAccuracy <= maxAccuracy <= 1");
            }
        }

        /** A mixed population: accuracies 0.3 to 0.95, a fifth of the sources copy at rate 0.8. */
        public static Options mixed(int sources, int objects, int claims, long seed) {
            return new Options(sources, objects, claims, 0.2, 0.8, 0.3, 0.95, 10, seed);
        }
    }

    /**
     * Generated data.
     *
     * @param claims   the claims, source by source
     * @param truth    each object's true value
     * @param accuracy each source's accuracy (a copier's own accuracy on the claims it does not copy)
     * @param copiers  each copier and the source it copies
     */
    public record Data(List<TruthClaim> claims, Map<String, String> truth, Map<String, Double> accuracy,
                       Map<String, String> copiers) {
    }

    private SyntheticClaims() {
    }

    public static Data generate(Options options) {
        Random random = new Random(options.seed());
        int n = options.sources();
        String[] names = new String[n];
        double[] accuracy = new double[n];
        double[] activity = new double[n];
        double totalActivity = 0;
        for (int s = 0; s < n; s++) {
            names[s] = String.format("source%05d", s);
            accuracy[s] = options.minAccuracy() + random.nextDouble() * (options.maxAccuracy() - options.minAccuracy());
            activity[s] = Math.exp(random.nextGaussian());
            totalActivity += activity[s];
        }
        int copierCount = (int) Math.floor(options.copierShare() * n);
        int[] original = new int[n];
        java.util.Arrays.fill(original, -1);
        int independent = n - copierCount;
        for (int s = independent; s < n; s++) {
            original[s] = random.nextInt(independent);
        }
        double[] falseCumulative = new double[options.falseValues()];
        double sum = 0;
        for (int i = 0; i < falseCumulative.length; i++) {
            sum += 1.0 / (i + 1);
            falseCumulative[i] = sum;
        }
        Map<String, String> truth = new LinkedHashMap<>();
        int[] shift = new int[options.objects()];
        for (int o = 0; o < options.objects(); o++) {
            shift[o] = random.nextInt(options.falseValues() + 1);
            truth.put(objectName(o), valueName(0, shift[o], options.falseValues()));
        }
        List<TruthClaim> claims = new ArrayList<>(options.claims() + n);
        List<List<int[]>> made = new ArrayList<>(n);
        Map<String, Double> accuracies = new LinkedHashMap<>();
        Map<String, String> copiers = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            int count = Math.min(options.objects(),
                    Math.max(1, (int) Math.round(options.claims() * activity[s] / totalActivity)));
            Set<Integer> used = new HashSet<>();
            List<int[]> own = new ArrayList<>(count);
            List<int[]> source = original[s] >= 0 ? made.get(original[s]) : List.of();
            for (int k = 0; k < count; k++) {
                int[] claim = null;
                if (!source.isEmpty() && random.nextDouble() < options.copyRate()) {
                    int[] copied = source.get(random.nextInt(source.size()));
                    if (used.add(copied[0])) {
                        claim = copied;
                    }
                }
                if (claim == null) {
                    int object = random.nextInt(options.objects());
                    for (int tries = 0; !used.add(object) && tries < 20; tries++) {
                        object = random.nextInt(options.objects());
                    }
                    int value = random.nextDouble() < accuracy[s] ? 0 : falseValue(random, falseCumulative, sum);
                    claim = new int[] {object, value};
                }
                own.add(claim);
            }
            made.add(own);
            Map<Integer, int[]> distinct = new HashMap<>();
            for (int[] claim : own) {
                distinct.putIfAbsent(claim[0], claim);
            }
            for (int[] claim : own) {
                if (distinct.get(claim[0]) == claim) {
                    claims.add(new TruthClaim(names[s], objectName(claim[0]),
                            valueName(claim[1], shift[claim[0]], options.falseValues())));
                }
            }
            accuracies.put(names[s], accuracy[s]);
            if (original[s] >= 0) {
                copiers.put(names[s], names[original[s]]);
            }
        }
        return new Data(claims, truth, accuracies, copiers);
    }

    private static int falseValue(Random random, double[] cumulative, double total) {
        double x = random.nextDouble() * total;
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i + 1;
            }
        }
        return cumulative.length;
    }

    /** Value i of an object (0 true), under a per-object shift so that the true one is not always "v0". */
    private static String valueName(int value, int shift, int falseValues) {
        return "v" + (value + shift) % (falseValues + 1);
    }

    private static String objectName(int object) {
        return "object" + object;
    }

    /** Share of objects with claims whose chosen value is the true one. */
    public static double accuracy(TruthResult result, Map<String, String> truth) {
        int right = 0;
        int total = 0;
        for (ValueConfidence chosen : result.chosen().values()) {
            String expected = truth.get(chosen.object());
            if (expected != null) {
                total++;
                if (expected.equals(chosen.value())) {
                    right++;
                }
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }
}
