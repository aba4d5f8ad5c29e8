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
    /** Beyond this many distinct entity sets (or keys), only identical ones link: a guard for huge inputs. */
    static final int MAX_PAIRWISE = 2_000;
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

    /**
     * Single-linkage clustering: two claims link when their entity sets overlap enough. Entity keys are first
     * unified across the claims (keys that {@link EntityMatcher#same name the same entity} get one
     * representative) and claims with the same set share one node, so the pairwise step runs over distinct
     * entity sets, which stay few however many claims a story has.
     */
    private static List<List<SourcedClaim>> linkByEntities(List<SourcedClaim> claims) {
        Map<String, String> representative = representatives(claims);
        Map<Set<String>, List<SourcedClaim>> bySet = new LinkedHashMap<>();
        for (SourcedClaim claim : claims) {
            Set<String> set = new java.util.TreeSet<>();
            claim.claim().entities().forEach(k -> set.add(representative.get(k)));
            bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(claim);
        }
        List<Set<String>> sets = new ArrayList<>(bySet.keySet());
        int n = sets.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (n <= MAX_PAIRWISE) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (jaccard(sets.get(i), sets.get(j)) >= MIN_ENTITY_JACCARD) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
        }
        Map<Integer, List<SourcedClaim>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).addAll(bySet.get(sets.get(i)));
        }
        return new ArrayList<>(clusters.values());
    }

    /** Each entity key mapped to the first key seen that names the same entity. */
    private static Map<String, String> representatives(List<SourcedClaim> claims) {
        List<String> keys = claims.stream().flatMap(c -> c.claim().entities().stream()).distinct().toList();
        Map<String, String> representative = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (String key : keys) {
            String match = key;
            if (keys.size() <= MAX_PAIRWISE) {
                for (String other : seen) {
                    if (EntityMatcher.same(key, other)) {
                        match = other;
                        break;
                    }
                }
            }
            representative.put(key, match);
            if (match.equals(key)) {
                seen.add(key);
            }
        }
        return representative;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String key : a) {
            if (b.contains(key)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
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
