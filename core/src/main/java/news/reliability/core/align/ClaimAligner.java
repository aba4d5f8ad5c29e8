package news.reliability.core.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import news.reliability.core.entity.EntityMatcher;
import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Quantity;

/**
 * Groups the claims of one story by fact and compares their values (see the package description).
 * Stateless and thread-safe; the result depends only on the claims, not on their order beyond ties.
 */
public final class ClaimAligner {

    /** Entity overlap two claims need to be about the same fact. */
    static final double MIN_ENTITY_JACCARD = 0.5;
    /** Sources a group needs to be reported: a fact stated by one source is nothing to align. */
    static final int MIN_SOURCES = 2;

    /** The claim groups of a story, most sources first; groups backed by one source only are left out. */
    public List<ClaimGroup> align(List<SourcedClaim> claims) {
        Map<String, List<SourcedClaim>> byFact = new LinkedHashMap<>();
        for (SourcedClaim claim : claims) {
            Optional<Quantity> quantity = claim.claim().quantity();
            if (quantity.isEmpty() || claim.claim().entities().isEmpty()) {
                continue;
            }
            String key = claim.claim().relation() + "\u0000" + quantity.get().kind() + "\u0000" + quantity.get().unit();
            byFact.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
        }
        List<List<SourcedClaim>> clusters = new ArrayList<>();
        for (List<SourcedClaim> sameAttribute : byFact.values()) {
            clusters.addAll(linkByEntities(sameAttribute));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        clusters.stream()
                .filter(c -> sources(c).size() >= MIN_SOURCES)
                .sorted(Comparator.comparingInt((List<SourcedClaim> c) -> -sources(c).size())
                        .thenComparing(c -> c.getFirst().claim().relation()))
                .forEach(cluster -> groups.add(compare("g" + (groups.size() + 1), cluster)));
        return groups;
    }

    /** Single-linkage clustering: two claims link when their entity sets overlap enough. */
    private static List<List<SourcedClaim>> linkByEntities(List<SourcedClaim> claims) {
        int n = claims.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (EntityMatcher.jaccard(claims.get(i).claim().entities(), claims.get(j).claim().entities())
                        >= MIN_ENTITY_JACCARD) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<SourcedClaim>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(claims.get(i));
        }
        return new ArrayList<>(clusters.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Set<String> sources(Collection<SourcedClaim> claims) {
        return claims.stream().map(SourcedClaim::sourceId).collect(Collectors.toSet());
    }

    /**
     * The consensus is the claim whose value is compatible with claims from the most sources (ties: more
     * compatible claims, then the narrower figure). Claims incompatible with it conflict ("value"); negated
     * claims that state the consensus value conflict too ("negation").
     */
    private static ClaimGroup compare(String id, List<SourcedClaim> cluster) {
        List<SourcedClaim> affirmed = cluster.stream().filter(c -> !c.claim().negated()).toList();
        SourcedClaim best = null;
        Set<String> bestSources = Set.of();
        int bestClaims = -1;
        for (SourcedClaim candidate : affirmed) {
            Quantity value = candidate.claim().quantity().orElseThrow();
            List<SourcedClaim> agreeing = affirmed.stream()
                    .filter(c -> ValueComparator.compatible(value, c.claim().quantity().orElseThrow())).toList();
            Set<String> agreeingSources = sources(agreeing);
            if (agreeingSources.size() > bestSources.size()
                    || agreeingSources.size() == bestSources.size() && agreeing.size() > bestClaims) {
                best = candidate;
                bestSources = agreeingSources;
                bestClaims = agreeing.size();
            }
        }
        List<Claim> supporting = new ArrayList<>();
        List<ClaimGroup.Conflict> conflicts = new ArrayList<>();
        Optional<Quantity> consensus = Optional.empty();
        if (best != null && bestSources.size() >= MIN_SOURCES) {
            Quantity reference = best.claim().quantity().orElseThrow();
            List<Double> agreeingValues = new ArrayList<>();
            for (SourcedClaim claim : cluster) {
                Quantity value = claim.claim().quantity().orElseThrow();
                boolean compatible = ValueComparator.compatible(reference, value);
                if (claim.claim().negated()) {
                    if (compatible) {
                        conflicts.add(new ClaimGroup.Conflict(claim.claim(), "negation"));
                    }
                } else if (compatible) {
                    supporting.add(claim.claim());
                    agreeingValues.add(value.value());
                } else {
                    conflicts.add(new ClaimGroup.Conflict(claim.claim(), "value"));
                }
            }
            consensus = Optional.of(Quantity.exact(reference.kind(), median(agreeingValues, reference),
                    reference.unit(), reference.text()));
        }
        return new ClaimGroup(id, subject(cluster), cluster.getFirst().claim().relation(),
                cluster.stream().map(SourcedClaim::claim).toList(), consensus, supporting, conflicts);
    }

    private static double median(List<Double> values, Quantity reference) {
        if (values.isEmpty()) {
            return reference.value();
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The entities most claims of the group name, most often named first (at most two). */
    private static String subject(List<SourcedClaim> cluster) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (SourcedClaim claim : cluster) {
            List<String> keys = claim.claim().entities();
            String[] readable = claim.claim().subject().split(", ");
            for (int i = 0; i < keys.size(); i++) {
                counts.merge(keys.get(i), 1, Integer::sum);
                if (i < readable.length) {
                    names.putIfAbsent(keys.get(i), readable[i]);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(seen::add)
                .limit(2)
                .map(k -> names.getOrDefault(k, k))
                .collect(Collectors.joining(" and "));
    }
}
