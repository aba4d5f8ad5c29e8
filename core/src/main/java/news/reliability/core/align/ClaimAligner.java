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

    /**
     * Attributes that say only what kind of value a claim has, not which fact: such a claim joins a group of
     * a specific attribute when its value agrees, and never conflicts with anything.
     */
    static final Set<String> GENERIC_ATTRIBUTES = Set.of("amount", "duration", "date", "percentage");

    /** The claim groups of a story, most sources first; groups backed by one source only are left out. */
    public List<ClaimGroup> align(List<SourcedClaim> claims) {
        Map<String, List<SourcedClaim>> byFact = new LinkedHashMap<>();
        List<SourcedClaim> generic = new ArrayList<>();
        for (SourcedClaim claim : claims) {
            Optional<Quantity> quantity = claim.claim().quantity();
            if (quantity.isEmpty() || claim.claim().entities().isEmpty()) {
                continue;
            }
            if (GENERIC_ATTRIBUTES.contains(claim.claim().relation())) {
                generic.add(claim);
                continue;
            }
            String key = claim.claim().relation() + "\u0000" + quantity.get().kind() + "\u0000" + quantity.get().unit();
            byFact.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
        }
        List<List<SourcedClaim>> clusters = new ArrayList<>();
        for (List<SourcedClaim> sameAttribute : byFact.values()) {
            clusters.addAll(linkByEntities(sameAttribute));
        }
        // A cluster's first fact stands for it when generic claims look for a home.
        List<ClaimGroup> specific = new ArrayList<>();
        for (List<SourcedClaim> cluster : clusters) {
            List<ClaimGroup> facts = compare(cluster, List.of());
            specific.add(facts.isEmpty() ? null : facts.getFirst());
        }
        // Generic claims: absorbed by the first specific group whose consensus they state, else grouped by value.
        Map<Integer, List<SourcedClaim>> absorbed = new HashMap<>();
        List<SourcedClaim> unplaced = new ArrayList<>();
        for (SourcedClaim claim : generic) {
            int home = -1;
            for (int g = 0; g < specific.size() && home < 0; g++) {
                ClaimGroup group = specific.get(g);
                if (group != null && group.consensus().isPresent()
                        && ValueComparator.compatible(group.consensus().get(), claim.claim().quantity().orElseThrow())
                        && sharesEntity(claim, clusters.get(g))) {
                    home = g;
                }
            }
            if (home >= 0) {
                absorbed.computeIfAbsent(home, g -> new ArrayList<>()).add(claim);
            } else {
                unplaced.add(claim);
            }
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (int g = 0; g < clusters.size(); g++) {
            List<SourcedClaim> extra = absorbed.getOrDefault(g, List.of());
            for (ClaimGroup group : compare(clusters.get(g), extra)) {
                if (articleSources(group, claims) >= MIN_SOURCES) {
                    groups.add(group);
                }
            }
        }
        for (List<SourcedClaim> cluster : byValue(unplaced)) {
            if (sources(cluster, List.of()).size() >= MIN_SOURCES) {
                groups.addAll(compare(List.of(), cluster));
            }
        }
        groups.sort(Comparator.comparingInt((ClaimGroup g) -> -distinctArticles(g)).thenComparing(ClaimGroup::attribute));
        List<ClaimGroup> numbered = new ArrayList<>(groups.size());
        for (ClaimGroup group : groups) {
            numbered.add(new ClaimGroup("g" + (numbered.size() + 1), group.subject(), group.attribute(), group.claims(),
                    group.consensus(), group.supporting(), group.conflicts()));
        }
        return numbered;
    }

    /** Number of distinct sources among a group's claims. */
    private static int articleSources(ClaimGroup group, List<SourcedClaim> all) {
        Set<Claim> members = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        members.addAll(group.claims());
        return (int) all.stream().filter(c -> members.contains(c.claim())).map(SourcedClaim::sourceId).distinct().count();
    }

    private static int distinctArticles(ClaimGroup group) {
        return (int) group.claims().stream().map(Claim::articleId).distinct().count();
    }

    private static boolean sharesEntity(SourcedClaim claim, List<SourcedClaim> cluster) {
        for (SourcedClaim member : cluster) {
            for (String key : claim.claim().entities()) {
                for (String other : member.claim().entities()) {
                    if (EntityMatcher.same(key, other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Generic claims no specific group took: same attribute, kind and unit, linked by entities, then split by
     * value so that different facts of one kind ("five years" and "thirty years") never meet as a conflict.
     */
    private static List<List<SourcedClaim>> byValue(List<SourcedClaim> claims) {
        Map<String, List<SourcedClaim>> byKind = new LinkedHashMap<>();
        for (SourcedClaim claim : claims) {
            Quantity q = claim.claim().quantity().orElseThrow();
            byKind.computeIfAbsent(claim.claim().relation() + "\u0000" + q.kind() + "\u0000" + q.unit(),
                    k -> new ArrayList<>()).add(claim);
        }
        List<List<SourcedClaim>> out = new ArrayList<>();
        for (List<SourcedClaim> sameKind : byKind.values()) {
            for (List<SourcedClaim> linked : linkByEntities(sameKind)) {
                List<List<SourcedClaim>> values = new ArrayList<>();
                for (SourcedClaim claim : linked) {
                    Quantity q = claim.claim().quantity().orElseThrow();
                    List<SourcedClaim> home = values.stream()
                            .filter(v -> ValueComparator.compatible(v.getFirst().claim().quantity().orElseThrow(), q))
                            .findFirst().orElse(null);
                    if (home == null) {
                        home = new ArrayList<>();
                        values.add(home);
                    }
                    home.add(claim);
                }
                out.addAll(values);
            }
        }
        return out;
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

    private static Set<String> sources(Collection<SourcedClaim> claims, Collection<SourcedClaim> more) {
        Set<String> sources = sources(claims);
        sources.addAll(sources(more));
        return sources;
    }

    /**
     * The facts of one cluster. Its values are split into compatible sets; two sets are alternatives of one
     * fact (and so conflict) only if no source states both, since an outlet that gives two figures is giving
     * two facts ("6.5 % this year and 4 % next year"). Sets are taken by support, most sources first: each
     * joins the first fact none of whose sets any of its sources states, else opens a fact of its own. A
     * fact's best-supported set is its consensus when two or more sources back it; the other sets conflict
     * with it ("value"), and negated claims of the consensus value conflict too ("negation"). Generic claims
     * only ever support.
     */
    private static List<ClaimGroup> compare(List<SourcedClaim> specific, List<SourcedClaim> generic) {
        List<SourcedClaim> affirmed = specific.stream().filter(c -> !c.claim().negated()).toList();
        List<List<SourcedClaim>> valueSets = new ArrayList<>();
        for (SourcedClaim claim : affirmed) {
            Quantity q = claim.claim().quantity().orElseThrow();
            List<SourcedClaim> home = valueSets.stream()
                    .filter(v -> ValueComparator.compatible(v.getFirst().claim().quantity().orElseThrow(), q))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                valueSets.add(home);
            }
            home.add(claim);
        }
        if (valueSets.isEmpty()) {
            if (generic.isEmpty()) {
                return List.of();
            }
            // Generic claims alone: one value, one fact, no conflicts.
            List<SourcedClaim> all = new ArrayList<>(generic);
            Quantity reference = all.getFirst().claim().quantity().orElseThrow();
            return List.of(group(all, all, List.of(), all.getFirst().claim().relation(),
                    sources(all).size() >= MIN_SOURCES ? Optional.of(reference) : Optional.empty()));
        }
        valueSets.sort(Comparator.comparingInt((List<SourcedClaim> v) -> -sources(v).size())
                .thenComparingInt(v -> -v.size()));
        List<List<List<SourcedClaim>>> facts = new ArrayList<>();
        for (List<SourcedClaim> values : valueSets) {
            Set<String> here = sources(values);
            List<List<SourcedClaim>> fact = facts.stream()
                    .filter(f -> f.stream().noneMatch(v -> intersects(sources(v), here)))
                    .findFirst().orElse(null);
            if (fact == null) {
                facts.add(new ArrayList<>(List.of(values)));
            } else {
                fact.add(values);
            }
        }
        List<SourcedClaim> negated = specific.stream().filter(c -> c.claim().negated()).toList();
        String attribute = specific.getFirst().claim().relation();
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<List<SourcedClaim>> fact : facts) {
            List<SourcedClaim> primary = fact.getFirst();
            Quantity reference = primary.getFirst().claim().quantity().orElseThrow();
            List<SourcedClaim> members = new ArrayList<>();
            fact.forEach(members::addAll);
            List<SourcedClaim> supporting = new ArrayList<>(primary);
            for (SourcedClaim claim : generic) {
                if (ValueComparator.compatible(reference, claim.claim().quantity().orElseThrow())) {
                    supporting.add(claim);
                    members.add(claim);
                }
            }
            List<ClaimGroup.Conflict> conflicts = new ArrayList<>();
            Optional<Quantity> consensus = Optional.empty();
            List<SourcedClaim> antonyms = antonyms(supporting);
            supporting.removeAll(antonyms);
            if (sources(supporting).size() >= MIN_SOURCES) {
                consensus = Optional.of(reference);
                antonyms.forEach(c -> conflicts.add(new ClaimGroup.Conflict(c.claim(), "antonym")));
                for (List<SourcedClaim> alternative : fact.subList(1, fact.size())) {
                    alternative.forEach(c -> conflicts.add(new ClaimGroup.Conflict(c.claim(), "value")));
                }
                for (SourcedClaim claim : negated) {
                    if (ValueComparator.compatible(reference, claim.claim().quantity().orElseThrow())) {
                        members.add(claim);
                        conflicts.add(new ClaimGroup.Conflict(claim.claim(), "negation"));
                    }
                }
            } else {
                supporting = List.of();
            }
            groups.add(group(members, supporting, conflicts, attribute, consensus));
        }
        return groups;
    }

    /**
     * Claims of the same figure that say it moved the other way from what most directed claims say ("fell 5 %"
     * where others say "rose 5 %"); none when the directions are tied or absent.
     */
    private static List<SourcedClaim> antonyms(List<SourcedClaim> supporting) {
        Map<Direction, List<SourcedClaim>> byDirection = new java.util.EnumMap<>(Direction.class);
        for (SourcedClaim claim : supporting) {
            Direction.of(claim.claim()).ifPresent(d -> byDirection.computeIfAbsent(d, k -> new ArrayList<>()).add(claim));
        }
        List<SourcedClaim> up = byDirection.getOrDefault(Direction.UP, List.of());
        List<SourcedClaim> down = byDirection.getOrDefault(Direction.DOWN, List.of());
        if (sources(up).size() == sources(down).size()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(sources(up).size() > sources(down).size() ? down : up);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String item : a) {
            if (b.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static ClaimGroup group(List<SourcedClaim> members, List<SourcedClaim> supporting,
                                    List<ClaimGroup.Conflict> conflicts, String attribute,
                                    Optional<Quantity> reference) {
        Optional<Quantity> consensus = reference.map(r -> Quantity.exact(r.kind(),
                median(supporting.stream().map(c -> c.claim().quantity().orElseThrow().value()).toList(), r),
                r.unit(), r.text()));
        return new ClaimGroup("g", subject(members), attribute, members.stream().map(SourcedClaim::claim).toList(),
                consensus, supporting.stream().map(SourcedClaim::claim).toList(), conflicts);
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
