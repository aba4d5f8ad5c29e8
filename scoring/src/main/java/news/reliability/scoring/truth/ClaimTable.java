package news.reliability.scoring.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import news.reliability.scoring.reliability.BetaDistribution;

/**
 * Claims in indexed, array form, shared by every truth-discovery method.
 *
 * <p>Sources and objects are numbered in name order and values by object, then key, so that ids do not
 * depend on the order claims came in. A source's claims on one object are merged: repeated claims of one
 * value count once (the largest weight), and a source that gives k different values for one object has
 * each weighted 1/k, so that it has one vote per object. Values whose key is missing are dropped and
 * counted. Similar values of one object are linked with their similarity (objects with more than
 * {@link #MAX_VALUES_FOR_SIMILARITY} distinct values are not compared, to stay out of quadratic time).
 * Immutable after construction.
 */
final class ClaimTable {

    static final int MAX_VALUES_FOR_SIMILARITY = 2_000;

    final String[] sources;
    final String[] objects;
    /** Values of object o are valueStart[o] until valueStart[o + 1]. */
    final int[] valueStart;
    final int[] valueObject;
    final String[] valueKey;
    final String[] valueText;
    /** Claims of value v are claimStart[v] until claimStart[v + 1], by source id. */
    final int[] claimStart;
    final int[] claimSource;
    final int[] claimValue;
    final double[] claimWeight;
    /** Claims of source s are sourceClaims[sourceClaimStart[s] ...]. */
    final int[] sourceClaimStart;
    final int[] sourceClaims;
    /** Values similar to v are simValue[simStart[v] ...] with similarity simWeight[...]. */
    final int[] simStart;
    final int[] simValue;
    final double[] simWeight;
    final int missing;

    private ClaimTable(Builder b) {
        sources = b.sources;
        objects = b.objects;
        valueStart = b.valueStart;
        valueObject = b.valueObject.toArray();
        valueKey = b.valueKey.toArray(String[]::new);
        valueText = b.valueText.toArray(String[]::new);
        claimStart = b.claimStart.toArray();
        claimSource = b.claimSource.toArray();
        claimValue = b.claimValue.toArray();
        claimWeight = b.claimWeight.toArray();
        simStart = b.simStart.toArray();
        simValue = b.simValue.toArray();
        simWeight = b.simWeight.toArray();
        missing = b.missing;
        int[] counts = new int[sources.length + 1];
        for (int source : claimSource) {
            counts[source + 1]++;
        }
        for (int s = 0; s < sources.length; s++) {
            counts[s + 1] += counts[s];
        }
        sourceClaimStart = counts.clone();
        sourceClaims = new int[claimSource.length];
        int[] next = counts.clone();
        for (int c = 0; c < claimSource.length; c++) {
            sourceClaims[next[claimSource[c]]++] = c;
        }
    }

    int valueCount() {
        return valueKey.length;
    }

    int claimCount() {
        return claimSource.length;
    }

    static ClaimTable of(List<TruthClaim> claims, ValueSimilarity similarity) {
        return new Builder(claims, similarity).table();
    }

    /** Builds a result: chosen value = most confident of its object (ties: smaller key). */
    TruthResult result(double[] confidence, double[] trustSuccesses, double[] trustFailures, double credibility,
                       List<SourceDependence> dependencies, int iterations, boolean converged) {
        List<ValueConfidence> values = new ArrayList<>(valueCount());
        for (int o = 0; o < objects.length; o++) {
            int best = -1;
            for (int v = valueStart[o]; v < valueStart[o + 1]; v++) {
                if (best < 0 || confidence[v] > confidence[best]) {
                    best = v;
                }
            }
            List<ValueConfidence> ofObject = new ArrayList<>();
            for (int v = valueStart[o]; v < valueStart[o + 1]; v++) {
                ofObject.add(new ValueConfidence(objects[o], valueText[v], valueKey[v], clamp(confidence[v]),
                        claimStart[v + 1] - claimStart[v], v == best));
            }
            ofObject.sort(Comparator.comparing((ValueConfidence x) -> !x.chosen())
                    .thenComparing(Comparator.comparingDouble(ValueConfidence::confidence).reversed())
                    .thenComparing(ValueConfidence::key));
            values.addAll(ofObject);
        }
        List<SourceTrust> trust = new ArrayList<>(sources.length);
        double tail = (1 - credibility) / 2;
        for (int s = 0; s < sources.length; s++) {
            double a = trustSuccesses[s];
            double b = trustFailures[s];
            trust.add(new SourceTrust(sources[s], clamp(a / (a + b)),
                    clamp(BetaDistribution.quantile(tail, a, b)), clamp(BetaDistribution.quantile(1 - tail, a, b)),
                    sourceClaimStart[s + 1] - sourceClaimStart[s]));
        }
        return new TruthResult(values, trust, dependencies, iterations, converged, missing);
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    /** One claim after normalisation. */
    private record Row(int source, int object, String key, String raw, double weight) {
    }

    private static final class Builder {
        private final String[] sources;
        private final String[] objects;
        private final int[] valueStart;
        private final IntList valueObject = new IntList();
        private final List<String> valueKey = new ArrayList<>();
        private final List<String> valueText = new ArrayList<>();
        private final IntList claimStart = new IntList();
        private final IntList claimSource = new IntList();
        private final IntList claimValue = new IntList();
        private final DoubleList claimWeight = new DoubleList();
        private final IntList simStart = new IntList();
        private final IntList simValue = new IntList();
        private final DoubleList simWeight = new DoubleList();
        private int missing;

        Builder(List<TruthClaim> claims, ValueSimilarity similarity) {
            Map<String, String> keys = new HashMap<>();
            List<TruthClaim> kept = new ArrayList<>(claims.size());
            List<String> keyOf = new ArrayList<>(claims.size());
            for (TruthClaim claim : claims) {
                String key = keys.get(claim.value());
                if (key == null) {
                    Optional<String> normalized = similarity.normalize(claim.value());
                    key = normalized.orElse("");
                    keys.put(claim.value(), key);
                }
                if (key.isEmpty()) {
                    missing++;
                    continue;
                }
                kept.add(claim);
                keyOf.add(key);
            }
            sources = kept.stream().map(TruthClaim::source).distinct().sorted().toArray(String[]::new);
            objects = kept.stream().map(TruthClaim::object).distinct().sorted().toArray(String[]::new);
            Map<String, Integer> sourceId = index(sources);
            Map<String, Integer> objectId = index(objects);
            List<List<Row>> byObject = new ArrayList<>(objects.length);
            for (int o = 0; o < objects.length; o++) {
                byObject.add(new ArrayList<>(2));
            }
            for (int i = 0; i < kept.size(); i++) {
                TruthClaim claim = kept.get(i);
                int o = objectId.get(claim.object());
                byObject.get(o).add(new Row(sourceId.get(claim.source()), o, keyOf.get(i), claim.value(),
                        claim.weight()));
            }
            valueStart = new int[objects.length + 1];
            for (int o = 0; o < objects.length; o++) {
                valueStart[o] = valueKey.size();
                addObject(o, byObject.get(o), similarity);
                byObject.set(o, null);
            }
            valueStart[objects.length] = valueKey.size();
            claimStart.add(claimSource.size());
            simStart.add(simValue.size());
        }

        private static Map<String, Integer> index(String[] names) {
            Map<String, Integer> index = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
            return index;
        }

        private void addObject(int object, List<Row> rows, ValueSimilarity similarity) {
            TreeMap<String, List<Row>> byKey = new TreeMap<>();
            Map<Integer, Integer> valuesPerSource = new HashMap<>();
            for (Row row : rows) {
                byKey.computeIfAbsent(row.key(), k -> new ArrayList<>(2)).add(row);
            }
            List<List<Row>> merged = new ArrayList<>(byKey.size());
            for (List<Row> ofKey : byKey.values()) {
                ofKey.sort(Comparator.comparingInt(Row::source).thenComparing(Comparator.comparingDouble(Row::weight)
                        .reversed()));
                List<Row> unique = new ArrayList<>(ofKey.size());
                for (Row row : ofKey) {
                    if (unique.isEmpty() || unique.getLast().source() != row.source()) {
                        unique.add(row);
                        valuesPerSource.merge(row.source(), 1, Integer::sum);
                    }
                }
                merged.add(unique);
            }
            int first = valueKey.size();
            for (Map.Entry<String, List<Row>> entry : byKey.entrySet()) {
                int value = valueKey.size();
                valueObject.add(object);
                valueKey.add(entry.getKey());
                valueText.add(representative(entry.getValue()));
                claimStart.add(claimSource.size());
                for (Row row : merged.get(value - first)) {
                    claimSource.add(row.source());
                    claimValue.add(value);
                    claimWeight.add(row.weight() / valuesPerSource.get(row.source()));
                }
            }
            int count = valueKey.size() - first;
            List<List<int[]>> links = new ArrayList<>(count);
            List<List<Double>> weights = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                links.add(new ArrayList<>(0));
                weights.add(new ArrayList<>(0));
            }
            if (count > 1 && count <= MAX_VALUES_FOR_SIMILARITY) {
                for (int i = 0; i < count; i++) {
                    for (int j = i + 1; j < count; j++) {
                        double sim = similarity.similarity(valueKey.get(first + i), valueKey.get(first + j));
                        if (sim > 0) {
                            sim = Math.min(1, sim);
                            links.get(i).add(new int[] {first + j});
                            weights.get(i).add(sim);
                            links.get(j).add(new int[] {first + i});
                            weights.get(j).add(sim);
                        }
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                simStart.add(simValue.size());
                for (int k = 0; k < links.get(i).size(); k++) {
                    simValue.add(links.get(i).get(k)[0]);
                    simWeight.add(weights.get(i).get(k));
                }
            }
        }

        /** The most frequent raw form of a value (ties: the lexically smallest). */
        private static String representative(List<Row> rows) {
            if (rows.size() == 1) {
                return rows.getFirst().raw();
            }
            Map<String, Integer> counts = new HashMap<>();
            for (Row row : rows) {
                counts.merge(row.raw(), 1, Integer::sum);
            }
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                if (entry.getValue() > bestCount
                        || entry.getValue() == bestCount && entry.getKey().compareTo(best) < 0) {
                    best = entry.getKey();
                    bestCount = entry.getValue();
                }
            }
            return best;
        }

        ClaimTable table() {
            return new ClaimTable(this);
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return data[i];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growable double array. */
    static final class DoubleList {
        private double[] data = new double[16];
        private int size;

        void add(double x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
