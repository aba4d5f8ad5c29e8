package news.reliability.scoring.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import news.reliability.core.model.Source;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ClaimGroupReport;
import news.reliability.core.report.StoryReport;

/**
 * Scores claim alignment against gold claim groups.
 *
 * <p>An item is one source's value in one group, (source id, value, unit). A predicted item matches a gold
 * item of the same gold story with the same source, unit and value (relative difference under 1e-6).
 * <ul>
 *   <li>Grouping is scored over pairs of items from different sources: a predicted pair is right when both
 *   items match gold items of one gold group (pairs with an unmatched item count as wrong); a gold pair is
 *   found when both items' matches sit in one predicted group. Precision = right / predicted pairs, recall =
 *   found / gold pairs.</li>
 *   <li>Conflicts are scored over (gold story, source, value): predicted conflicts against gold items whose
 *   verdict is {@code conflict}.</li>
 * </ul>
 */
public final class AlignmentEvaluation {

    /**
     * One gold item.
     *
     * @param story    gold story
     * @param group    gold group within the story
     * @param source   source id
     * @param value    normalised value
     * @param unit     unit
     * @param conflict whether the gold verdict is a conflict
     */
    public record GoldItem(String story, String group, String source, double value, String unit, boolean conflict) {
    }

    /** The figures. */
    public record Result(int predictedPairs, int rightPairs, int goldPairs, int foundPairs,
                         int predictedConflicts, int rightConflicts, int goldConflicts) {

        public double precision() {
            return predictedPairs == 0 ? 0 : (double) rightPairs / predictedPairs;
        }

        public double recall() {
            return goldPairs == 0 ? 0 : (double) foundPairs / goldPairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double conflictPrecision() {
            return predictedConflicts == 0 ? 0 : (double) rightConflicts / predictedConflicts;
        }

        public double conflictRecall() {
            return goldConflicts == 0 ? 0 : (double) rightConflicts / goldConflicts;
        }

        @Override
        public String toString() {
            return String.format("grouping P %.3f R %.3f F1 %.3f (pairs %d predicted, %d gold); "
                            + "conflicts P %.3f R %.3f (%d predicted, %d gold)",
                    precision(), recall(), f1(), predictedPairs, goldPairs, conflictPrecision(), conflictRecall(),
                    predictedConflicts, goldConflicts);
        }
    }

    private AlignmentEvaluation() {
    }

    /**
     * Scores a report.
     *
     * @param report    the analysis of the gold corpus's articles
     * @param gold      every gold item
     * @param goldStory the gold story of every article id
     */
    public static Result score(AnalysisReport report, List<GoldItem> gold, Map<String, String> goldStory) {
        Objects.requireNonNull(goldStory, "goldStory");
        Map<String, List<GoldItem>> goldBySourceStory = new HashMap<>();
        for (GoldItem item : gold) {
            goldBySourceStory.computeIfAbsent(item.story() + "\u0000" + item.source(), k -> new ArrayList<>()).add(item);
        }
        // Predicted items: per predicted group, distinct (source, value, unit), each with its gold match if any.
        List<List<Matched>> groups = new ArrayList<>();
        Set<String> predictedConflicts = new HashSet<>();
        for (StoryReport story : report.stories()) {
            String storyOfGroup = majorityStory(story, goldStory);
            for (ClaimGroupReport group : story.claimGroups()) {
                Map<String, Matched> items = new LinkedHashMap<>();
                for (ClaimGroupReport.GroupClaim claim : group.claims()) {
                    if (claim.value() == null) {
                        continue;
                    }
                    String source = new Source(claim.source()).id();
                    String key = source + "\u0000" + claim.value() + "\u0000" + claim.unit();
                    items.computeIfAbsent(key, k -> new Matched(source,
                            match(goldBySourceStory, storyOfGroup, source, claim.value(), claim.unit())));
                }
                groups.add(new ArrayList<>(items.values()));
                for (ClaimGroupReport.ConflictReport conflict : group.conflicts()) {
                    if (conflict.value() != null) {
                        predictedConflicts.add(storyOfGroup + "\u0000" + new Source(conflict.source()).id() + "\u0000"
                                + conflict.value());
                    }
                }
            }
        }
        int predictedPairs = 0;
        int rightPairs = 0;
        Map<GoldItem, Integer> groupOfGold = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Matched> items = groups.get(g);
            for (Matched item : items) {
                if (item.gold() != null) {
                    groupOfGold.putIfAbsent(item.gold(), g);
                }
            }
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    Matched a = items.get(i);
                    Matched b = items.get(j);
                    if (a.source().equals(b.source())) {
                        continue;
                    }
                    predictedPairs++;
                    if (a.gold() != null && b.gold() != null && a.gold().group().equals(b.gold().group())
                            && a.gold().story().equals(b.gold().story())) {
                        rightPairs++;
                    }
                }
            }
        }
        Map<String, List<GoldItem>> goldGroups = new LinkedHashMap<>();
        gold.forEach(item -> goldGroups.computeIfAbsent(item.story() + "\u0000" + item.group(),
                k -> new ArrayList<>()).add(item));
        int goldPairs = 0;
        int foundPairs = 0;
        for (List<GoldItem> items : goldGroups.values()) {
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (items.get(i).source().equals(items.get(j).source())) {
                        continue;
                    }
                    goldPairs++;
                    Integer a = groupOfGold.get(items.get(i));
                    Integer b = groupOfGold.get(items.get(j));
                    if (a != null && a.equals(b)) {
                        foundPairs++;
                    }
                }
            }
        }
        Set<String> goldConflicts = new HashSet<>();
        gold.stream().filter(GoldItem::conflict)
                .forEach(i -> goldConflicts.add(i.story() + "\u0000" + i.source() + "\u0000" + i.value()));
        int rightConflicts = 0;
        for (String conflict : predictedConflicts) {
            if (goldConflicts.stream().anyMatch(g -> sameConflict(g, conflict))) {
                rightConflicts++;
            }
        }
        return new Result(predictedPairs, rightPairs, goldPairs, foundPairs, predictedConflicts.size(),
                rightConflicts, goldConflicts.size());
    }

    private record Matched(String source, GoldItem gold) {
    }

    private static boolean sameConflict(String gold, String predicted) {
        String[] g = gold.split("\u0000");
        String[] p = predicted.split("\u0000");
        return g[0].equals(p[0]) && g[1].equals(p[1]) && close(Double.parseDouble(g[2]), Double.parseDouble(p[2]));
    }

    private static GoldItem match(Map<String, List<GoldItem>> gold, String story, String source, double value,
                                  String unit) {
        for (GoldItem item : gold.getOrDefault(story + "\u0000" + source, List.of())) {
            if (item.unit().equals(unit) && close(item.value(), value)) {
                return item;
            }
        }
        return null;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String majorityStory(StoryReport story, Map<String, String> goldStory) {
        Map<String, Integer> counts = new HashMap<>();
        story.articles().forEach(a -> counts.merge(goldStory.getOrDefault(a, ""), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }
}
