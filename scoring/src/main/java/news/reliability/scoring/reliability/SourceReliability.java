package news.reliability.scoring.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Hedge;
import news.reliability.core.model.Source;
import news.reliability.core.model.Story;
import news.reliability.core.report.EvidenceReport;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.SourceReport;
import news.reliability.scoring.OptionKeys;
import news.reliability.scoring.truth.TruthClaim;
import news.reliability.scoring.truth.TruthEngine;
import news.reliability.scoring.truth.TruthResult;
import news.reliability.scoring.truth.ValueConfidence;
import news.reliability.scoring.truth.ValueSimilarity;

/**
 * A source's reliability from everything known about it: truth discovery over the claim groups of all
 * stories, then its articles' quality and boilerplate, as one Beta posterior with a credible interval and the
 * evidence behind it.
 *
 * <p>Claims: every claim group stated by at least two sources is an object of {@link TruthEngine}, each
 * source's value of it (the consensus, or its own conflicting value) a claim. Hedged claims weigh less; a
 * claim whose text repeats another source's claim of the same group word for word counts as a copy, with a
 * small weight, and the engine's copy detection discounts sources that agree too often on false values. The
 * engine gives each value a probability P of being true; a source's claim of weight w adds w·P successes and
 * w·(1 - P) failures to a Beta(α, β) prior, so groups only one source states are not checkable and add
 * nothing.
 *
 * <p>Articles: a quality score q (when a quality model gave one) adds {@code qualityWeight}·q successes and
 * {@code qualityWeight}·(1 - q) failures; the share b of an article flagged as boilerplate adds
 * {@code boilerplateWeight}·b failures (padding costs trust, its absence earns none). The score is the
 * posterior mean, the interval its equal-tailed credible interval: a source with one article or few checkable
 * claims stays near the prior with a wide interval.
 *
 * <p>Stateless and thread-safe; inputs are not modified.
 */
public final class SourceReliability {

    /**
     * Hyperparameters, chosen by principle, never fitted to the seed story.
     *
     * @param priorTrue         α of the Beta prior, positive
     * @param priorFalse        β of the Beta prior, positive
     * @param credibility       mass of the reported interval, in (0,1)
     * @param reportedWeight    weight of a claim attributed to others ("reportedly"), in (0,1]
     * @param expectedWeight    weight of an expected or planned claim ("is expected to"), in (0,1]
     * @param possibleWeight    weight of a possibility ("could", "may"), in (0,1]
     * @param copyWeight        factor on a claim that repeats another source's claim word for word, in (0,1]
     * @param qualityWeight     pseudo-observations per article with a quality score, at least 0
     * @param boilerplateWeight failures per article made entirely of boilerplate, at least 0
     * @param engine            the truth-discovery engine's options
     */
    public record Options(double priorTrue, double priorFalse, double credibility, double reportedWeight,
                          double expectedWeight, double possibleWeight, double copyWeight, double qualityWeight,
                          double boilerplateWeight, TruthEngine.Options engine) {

        public Options {
            if (!(priorTrue > 0) || !(priorFalse > 0) || Double.isInfinite(priorTrue)
                    || Double.isInfinite(priorFalse)) {
                throw new IllegalArgumentException("prior pseudo-counts must be positive and finite");
            }
            if (!(credibility > 0 && credibility < 1)) {
                throw new IllegalArgumentException("credibility must be in (0,1): " + credibility);
            }
            for (double weight : new double[] {reportedWeight, expectedWeight, possibleWeight, copyWeight}) {
                if (!(weight > 0 && weight <= 1)) {
                    throw new IllegalArgumentException("claim weights must be in (0,1]: " + weight);
                }
            }
            if (!(qualityWeight >= 0) || !(boilerplateWeight >= 0) || Double.isInfinite(qualityWeight)
                    || Double.isInfinite(boilerplateWeight)) {
                throw new IllegalArgumentException("signal weights must be finite and not negative");
            }
            Objects.requireNonNull(engine, "engine");
        }

        /**
         * A uniform prior (as the engine's) and 95 % intervals; hedges from "reported" (0.8) down to
         * "possible" (0.5); a word-for-word copy counts 0.2, what is left when the engine's copy rate of 0.8 is
         * taken out; one pseudo-observation per scored article for quality and per all-boilerplate article.
         */
        public static Options defaults() {
            return new Options(1, 1, 0.95, 0.8, 0.6, 0.5, 0.2, 1, 1, TruthEngine.Options.defaults());
        }

        private static final String PREFIX = "scoring.reliability.";
        private static final List<String> NAMES = List.of("priorTrue", "priorFalse", "credibility",
                "reportedWeight", "expectedWeight", "possibleWeight", "copyWeight", "qualityWeight",
                "boilerplateWeight");

        /**
         * Reads options from {@code scoring.reliability.*} keys and the engine's from
         * {@code scoring.truth.engine.*}; unknown keys of either namespace are refused.
         */
        public static Options of(Properties properties) {
            OptionKeys.refuseUnknown(properties, PREFIX, Set.copyOf(NAMES));
            Options d = defaults();
            double[] values = {d.priorTrue, d.priorFalse, d.credibility, d.reportedWeight, d.expectedWeight,
                    d.possibleWeight, d.copyWeight, d.qualityWeight, d.boilerplateWeight};
            for (int i = 0; i < NAMES.size(); i++) {
                values[i] = OptionKeys.number(properties, PREFIX + NAMES.get(i), values[i]);
            }
            return new Options(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                    values[7], values[8], TruthEngine.Options.of(properties));
        }

        /** These options, the engine's included, as namespaced keys. */
        public Properties toProperties() {
            Properties properties = engine.toProperties();
            double[] values = {priorTrue, priorFalse, credibility, reportedWeight, expectedWeight, possibleWeight,
                    copyWeight, qualityWeight, boilerplateWeight};
            for (int i = 0; i < NAMES.size(); i++) {
                properties.setProperty(PREFIX + NAMES.get(i), Double.toString(values[i]));
            }
            return properties;
        }

        /** The weight of a claim stated with {@code hedge}. */
        public double weight(Hedge hedge) {
            return switch (hedge) {
                case NONE -> 1;
                case REPORTED -> reportedWeight;
                case EXPECTED -> expectedWeight;
                case POSSIBLE -> possibleWeight;
            };
        }
    }

    /** Evidence kinds of claim groups. */
    public static final String CORROBORATED = "corroborated";
    public static final String CONTRADICTED = "contradicted";
    /** The source's value was chosen, but no other source stated it independently. */
    public static final String UNCORROBORATED = "uncorroborated";

    private static final int MIN_COPY_LENGTH = 40;
    private static final int MAX_EVIDENCE_TEXT = 500;

    /** Values of a claim group are compared exactly: the alignment already compared the figures. */
    private static final ValueSimilarity EXACT = new ValueSimilarity() {
        @Override
        public Optional<String> normalize(String raw) {
            return Optional.of(raw);
        }

        @Override
        public double similarity(String a, String b) {
            return 0;
        }
    };

    private final Options options;
    private final TruthEngine engine;

    public SourceReliability(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.engine = new TruthEngine(options.engine());
    }

    public Options options() {
        return options;
    }

    /**
     * The claims of the stories' claim groups: supporting claims as {@link GroupClaim#CONSENSUS}, conflicting
     * ones with their own value; claims the alignment left undecided are not checkable and left out.
     *
     * @param sourceOfArticle each article's source, by article id; must cover every claim's article
     */
    public static List<GroupClaim> claimsOf(List<Story> stories, Map<String, Source> sourceOfArticle) {
        List<GroupClaim> claims = new ArrayList<>();
        for (Story story : stories) {
            for (ClaimGroup group : story.claimGroups()) {
                for (Claim claim : group.supporting()) {
                    claims.add(new GroupClaim(story.id(), group.id(), claim.articleId(),
                            source(sourceOfArticle, claim), GroupClaim.CONSENSUS, claim.hedge(), claim.text(),
                            claim.start(), claim.end()));
                }
                for (ClaimGroup.Conflict conflict : group.conflicts()) {
                    Claim claim = conflict.claim();
                    String value = GroupClaim.conflict(conflict.reason(),
                            claim.quantity().map(q -> q.value()).orElse(null),
                            claim.quantity().map(q -> q.unit()).orElse(null));
                    claims.add(new GroupClaim(story.id(), group.id(), claim.articleId(),
                            source(sourceOfArticle, claim), value, claim.hedge(), claim.text(), claim.start(),
                            claim.end()));
                }
            }
        }
        return claims;
    }

    private static Source source(Map<String, Source> sourceOfArticle, Claim claim) {
        return Objects.requireNonNull(sourceOfArticle.get(claim.articleId()),
                () -> "no source for article " + claim.articleId());
    }

    /** Scores the stories' sources; see {@link #score(List, List)}. */
    public List<SourceReport> score(List<ArticleSignals> articles, List<Story> stories,
                                    Map<String, Source> sourceOfArticle) {
        return score(articles, claimsOf(stories, sourceOfArticle));
    }

    /**
     * One report per source of {@code articles} or {@code claims}, best first (ties: narrower interval, then
     * name).
     */
    public List<SourceReport> score(List<ArticleSignals> articles, List<GroupClaim> claims) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ArticleSignals article : articles) {
            tallies.computeIfAbsent(article.source().id(), id -> new Tally(article.source())).articles.add(article);
        }
        for (GroupClaim claim : claims) {
            tallies.computeIfAbsent(claim.source().id(), id -> new Tally(claim.source()));
        }
        scoreClaims(claims, tallies);
        return tallies.values().stream().map(this::report)
                .sorted(Comparator.comparingDouble(SourceReport::score).reversed()
                        .thenComparingDouble(r -> r.high() - r.low())
                        .thenComparing(SourceReport::source))
                .toList();
    }

    /** One source's stated value of one claim group: its strongest claim of that value. */
    private record Stated(String object, String sourceId, String value, double weight, boolean copy,
                          GroupClaim claim) {
    }

    private void scoreClaims(List<GroupClaim> claims, Map<String, Tally> tallies) {
        Map<String, List<GroupClaim>> byObject = new TreeMap<>();
        claims.forEach(c -> byObject.computeIfAbsent(c.object(), o -> new ArrayList<>()).add(c));
        List<Stated> stated = new ArrayList<>();
        for (List<GroupClaim> group : byObject.values()) {
            Set<String> sources = new HashSet<>();
            group.forEach(c -> sources.add(c.source().id()));
            if (sources.size() < 2) {
                continue;
            }
            Map<String, String> firstSourceOfText = new HashMap<>();
            Map<String, Stated> strongest = new LinkedHashMap<>();
            for (GroupClaim claim : group) {
                String text = normalized(claim.text());
                String first = text.length() >= MIN_COPY_LENGTH
                        ? firstSourceOfText.putIfAbsent(text, claim.source().id()) : null;
                boolean copy = first != null && !first.equals(claim.source().id());
                double weight = options.weight(claim.hedge()) * (copy ? options.copyWeight() : 1);
                Stated candidate = new Stated(claim.object(), claim.source().id(), claim.value(), weight, copy, claim);
                strongest.merge(claim.source().id() + "\n" + claim.value(), candidate,
                        (a, b) -> b.weight() > a.weight() ? b : a);
            }
            stated.addAll(strongest.values());
        }
        if (stated.isEmpty()) {
            return;
        }
        TruthResult result = engine.resolve(stated.stream()
                .map(s -> new TruthClaim(s.sourceId(), s.object(), s.value(), s.weight())).toList(), EXACT);
        Map<String, ValueConfidence> confidence = new HashMap<>();
        result.values().forEach(v -> confidence.put(v.object() + "\n" + v.key(), v));
        Map<String, Integer> valuesOfSource = new HashMap<>();
        Map<String, Integer> independentSources = new HashMap<>();
        for (Stated s : stated) {
            valuesOfSource.merge(s.object() + "\n" + s.sourceId(), 1, Integer::sum);
            if (!s.copy()) {
                independentSources.merge(s.object() + "\n" + s.value(), 1, Integer::sum);
            }
        }
        for (Stated s : stated) {
            ValueConfidence value = confidence.get(s.object() + "\n" + s.value());
            double p = value.confidence();
            double weight = s.weight() / valuesOfSource.get(s.object() + "\n" + s.sourceId());
            Tally tally = tallies.get(s.sourceId());
            tally.claimSuccesses += weight * p;
            tally.claimFailures += weight * (1 - p);
            tally.copies += s.copy() ? 1 : 0;
            int others = independentSources.getOrDefault(s.object() + "\n" + s.value(), 0) - (s.copy() ? 0 : 1);
            String kind = !value.chosen() ? CONTRADICTED : others > 0 ? CORROBORATED : UNCORROBORATED;
            switch (kind) {
                case CORROBORATED -> tally.corroborated++;
                case CONTRADICTED -> tally.contradicted++;
                default -> tally.uncorroborated++;
            }
            GroupClaim claim = s.claim();
            tally.evidence.add(new EvidenceReport(kind, claim.articleId(), claim.story(), claim.claimGroup(),
                    clip(claim.text()), value.chosen() ? weight * p : -weight * (1 - p), claim.start(), claim.end()));
        }
    }

    private SourceReport report(Tally tally) {
        double alpha = options.priorTrue() + tally.claimSuccesses;
        double beta = options.priorFalse() + tally.claimFailures;
        Map<String, Double> signals = new TreeMap<>();
        signals.put("trust", alpha / (alpha + beta));
        signals.put(CORROBORATED, (double) tally.corroborated);
        signals.put(CONTRADICTED, (double) tally.contradicted);
        signals.put(UNCORROBORATED, (double) tally.uncorroborated);
        signals.put("copies", (double) tally.copies);
        List<EvidenceReport> evidence = new ArrayList<>(tally.evidence);
        double qualitySum = 0;
        int scored = 0;
        double boilerplateSum = 0;
        for (ArticleSignals article : tally.articles) {
            double penalty = 0;
            if (article.quality().isPresent()) {
                double q = article.quality().getAsDouble();
                alpha += options.qualityWeight() * q;
                beta += options.qualityWeight() * (1 - q);
                penalty = options.qualityWeight() * (1 - q);
                qualitySum += q;
                scored++;
            }
            for (FlagReport flag : article.qualityFlags()) {
                evidence.add(new EvidenceReport(flag.kind(), article.articleId(), null, null, clip(flag.text()),
                        -penalty / article.qualityFlags().size(), flag.start(), flag.end()));
            }
            double share = article.boilerplateShare();
            beta += options.boilerplateWeight() * share;
            boilerplateSum += share;
            for (FlagReport flag : article.boilerplate()) {
                evidence.add(new EvidenceReport(flag.kind(), article.articleId(), null, null, clip(flag.text()),
                        -options.boilerplateWeight() * article.shareOf(flag), flag.start(), flag.end()));
            }
        }
        if (scored > 0) {
            signals.put("quality", qualitySum / scored);
        }
        if (!tally.articles.isEmpty()) {
            signals.put("boilerplateShare", boilerplateSum / tally.articles.size());
        }
        double tail = (1 - options.credibility()) / 2;
        return new SourceReport(tally.source.name(), tally.source.id(), alpha / (alpha + beta),
                BetaDistribution.quantile(tail, alpha, beta), BetaDistribution.quantile(1 - tail, alpha, beta),
                tally.articles.size(), signals, evidence);
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_EVIDENCE_TEXT ? text : text.substring(0, MAX_EVIDENCE_TEXT) + "…";
    }

    /** What is gathered about one source. Not thread-safe; lives inside one call. */
    private static final class Tally {
        final Source source;
        final List<ArticleSignals> articles = new ArrayList<>();
        final List<EvidenceReport> evidence = new ArrayList<>();
        double claimSuccesses;
        double claimFailures;
        int corroborated;
        int contradicted;
        int uncorroborated;
        int copies;

        Tally(Source source) {
            this.source = source;
        }
    }
}
