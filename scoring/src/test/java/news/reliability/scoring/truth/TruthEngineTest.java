package news.reliability.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TruthEngineTest {

    private static final TruthEngine ENGINE = new TruthEngine(TruthEngine.Options.defaults());
    private static final ValueSimilarity TEXT = ValueSimilarity.text();

    /**
     * A reliable source disagrees with two copiers on the target object. Elsewhere three independent sources
     * agree with the reliable one, and the copiers share the same rare mistakes.
     */
    private static List<TruthClaim> copierToy() {
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            for (String source : List.of("reliable", "second", "third", "copier", "copy of copier")) {
                claims.add(new TruthClaim(source, "agreed" + i, "true" + i));
            }
        }
        for (int i = 1; i <= 4; i++) {
            for (String source : List.of("reliable", "second", "third")) {
                claims.add(new TruthClaim(source, "disputed" + i, "true" + i));
            }
            claims.add(new TruthClaim("copier", "disputed" + i, "mistake" + i));
            claims.add(new TruthClaim("copy of copier", "disputed" + i, "mistake" + i));
        }
        claims.add(new TruthClaim("reliable", "target", "right"));
        claims.add(new TruthClaim("copier", "target", "wrong"));
        claims.add(new TruthClaim("copy of copier", "target", "wrong"));
        return claims;
    }

    @Test
    void beatsVotingWhenOneReliableSourceDisagreesWithTwoCopiers() {
        List<TruthClaim> claims = copierToy();
        assertEquals("wrong", new MajorityVoting().resolve(claims, TEXT).chosen().get("target").value());
        TruthResult fromAny = ENGINE.resolve(claims, TEXT);
        assertEquals("right", fromAny.chosen().get("target").value());
        assertTrue(fromAny.trustBySource().get("reliable").trust() > fromAny.trustBySource().get("copier").trust());
        assertEquals("wrong", new TruthEngine(TruthEngine.Options.defaults().withoutCopyDetection())
                .resolve(claims, TEXT).chosen().get("target").value(), "without copy detection the copies win");
        TruthResult result = new TruthEngine(TruthEngine.Options.defaults().withPairwiseCopying()).resolve(claims, TEXT);
        assertEquals("right", result.chosen().get("target").value());
        assertTrue(result.converged());
        SourceDependence found = result.dependencies().getFirst();
        assertEquals("copier", found.first());
        assertEquals("copy of copier", found.second());
        assertTrue(found.probability() > 0.9);
        assertEquals(1, result.dependencies().size());
        assertTrue(result.trustBySource().get("reliable").trust() > result.trustBySource().get("copier").trust());
    }

    @Test
    void oneClaimSourceStaysNearThePriorWithAWideInterval() {
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            claims.add(new TruthClaim("steady", "object" + i, "v" + i));
            claims.add(new TruthClaim("other", "object" + i, "v" + i));
        }
        claims.add(new TruthClaim("newcomer", "object0", "v0"));
        TruthResult result = ENGINE.resolve(claims, TEXT);
        SourceTrust newcomer = result.trustBySource().get("newcomer");
        SourceTrust steady = result.trustBySource().get("steady");
        assertEquals(1, newcomer.claims());
        assertTrue(newcomer.high() - newcomer.low() > 0.6, newcomer.toString());
        assertTrue(newcomer.trust() < 0.7, newcomer.toString());
        assertTrue(steady.high() - steady.low() < 0.1, steady.toString());
        assertTrue(steady.trust() > 0.95, steady.toString());
        assertTrue(newcomer.low() <= newcomer.trust() && newcomer.trust() <= newcomer.high());
    }

    @Test
    void claimsNoOtherSourceMakesAreNoEvidence() {
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            claims.add(new TruthClaim("lonely", "unchecked" + i, "v" + i));
        }
        SourceTrust lonely = ENGINE.resolve(claims, TEXT).trustBySource().get("lonely");
        assertEquals(200, lonely.claims());
        assertEquals(0.5, lonely.trust(), 1e-9);
        assertTrue(lonely.high() - lonely.low() > 0.8, lonely.toString());
    }

    @Test
    void activityPriorLearnsHowReliableSourcesOfOneClaimAre() {
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (String source : List.of("steady", "careful", "diligent")) {
                claims.add(new TruthClaim(source, "object" + i, "right" + i));
            }
            claims.add(new TruthClaim("passer-by " + i, "object" + i, "wrong" + i));
        }
        claims.add(new TruthClaim("steady", "shared", "x"));
        claims.add(new TruthClaim("newcomer", "shared", "x"));
        TruthResult learned = ENGINE.resolve(claims, TEXT);
        TruthResult fixed = new TruthEngine(TruthEngine.Options.defaults().withoutActivityPrior()).resolve(claims, TEXT);
        SourceTrust newcomer = learned.trustBySource().get("newcomer");
        SourceTrust passerBy = learned.trustBySource().get("passer-by 0");
        assertTrue(passerBy.trust() < 0.2, passerBy.toString());
        assertTrue(passerBy.trust() < fixed.trustBySource().get("passer-by 0").trust());
        assertTrue(newcomer.trust() < fixed.trustBySource().get("newcomer").trust(), newcomer.toString());
        assertTrue(newcomer.high() - newcomer.low() > 0.5, newcomer.toString());
        assertTrue(learned.trustBySource().get("steady").trust() > 0.95);
    }

    @Test
    void aSourceThatCopiesFromManySourcesIsFound() {
        // "echo" agrees with two careful sources, but also repeats the typos of many one-time vandals (one
        // each): no pair shares more than one value, yet echo repeats values the others judge false.
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (String source : List.of("echo", "careful", "steady")) {
                claims.add(new TruthClaim(source, "agreed" + i, "x" + i));
            }
        }
        for (int i = 0; i < 40; i++) {
            claims.add(new TruthClaim("vandal " + i, "vandalised" + i, "typo" + i));
            claims.add(new TruthClaim(i % 2 == 0 ? "careful" : "steady", "vandalised" + i, "right" + i));
            if (i < 20) {
                claims.add(new TruthClaim("echo", "vandalised" + i, "typo" + i));
            }
        }
        claims.add(new TruthClaim("echo", "target", "copied"));
        claims.add(new TruthClaim("stranger", "target", "copied"));
        claims.add(new TruthClaim("careful", "target", "checked"));
        TruthResult found = ENGINE.resolve(claims, TEXT);
        TruthResult blind = new TruthEngine(TruthEngine.Options.defaults().withoutCopyDetection()).resolve(claims, TEXT);
        assertEquals("copied", blind.chosen().get("target").value());
        assertEquals("typo0", blind.chosen().get("vandalised0").value());
        assertEquals("checked", found.chosen().get("target").value());
        assertEquals("right0", found.chosen().get("vandalised0").value());
        assertTrue(found.trustBySource().get("echo").trust() < 0.9, found.trustBySource().get("echo").toString());
        assertTrue(found.trustBySource().get("careful").trust() > 0.95);
    }

    @Test
    void hedgedClaimsWeighLess() {
        List<TruthClaim> claims = List.of(
                new TruthClaim("a", "amount", "10", 1),
                new TruthClaim("b", "amount", "50", 0.3),
                new TruthClaim("c", "amount", "50", 0.3));
        assertEquals("10", ENGINE.resolve(claims, TEXT).chosen().get("amount").value());
        assertEquals("10", new MajorityVoting().resolve(claims, TEXT).chosen().get("amount").value());
    }

    @Test
    void similarValuesSupportEachOther() {
        List<TruthClaim> claims = List.of(
                new TruthClaim("a", "population", "1000"),
                new TruthClaim("b", "population", "1002"),
                new TruthClaim("c", "population", "5000"));
        TruthResult result = ENGINE.resolve(claims, ValueSimilarity.numeric(0.01));
        assertFalse(result.chosen().get("population").value().equals("5000"));
        double sum = result.values().stream().mapToDouble(ValueConfidence::confidence).sum();
        assertTrue(sum <= 1 + 1e-9);
    }

    @Test
    void sameInputGivesTheSameResultWhateverTheOrder() {
        SyntheticClaims.Data data = SyntheticClaims.generate(SyntheticClaims.Options.mixed(50, 300, 1_500, 7));
        List<TruthClaim> shuffled = new ArrayList<>(data.claims());
        Collections.shuffle(shuffled, new Random(3));
        TruthResult first = ENGINE.resolve(data.claims(), TEXT);
        assertEquals(first, ENGINE.resolve(data.claims(), TEXT));
        assertEquals(first, ENGINE.resolve(shuffled, TEXT));
    }

    @Test
    void beatsVotingAndEstimatesTrustOnSyntheticData() {
        double engine = 0;
        double voting = 0;
        double error = 0;
        for (long seed = 1; seed <= 2; seed++) {
            SyntheticClaims.Data data = SyntheticClaims.generate(SyntheticClaims.Options.mixed(200, 2_000, 10_000, seed));
            TruthResult result = ENGINE.resolve(data.claims(), TEXT);
            engine += SyntheticClaims.accuracy(result, data.truth());
            voting += SyntheticClaims.accuracy(new MajorityVoting().resolve(data.claims(), TEXT), data.truth());
            for (SourceTrust trust : result.sources()) {
                error += Math.abs(trust.trust() - data.accuracy().get(trust.source())) / result.sources().size();
            }
        }
        assertTrue(engine > voting + 0.01, engine + " vs " + voting);
        assertTrue(error / 2 < 0.12, "trust error " + error / 2);
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(11);
        List<TruthDiscovery> methods = List.of(ENGINE, new MajorityVoting(), new TruthFinder(TruthFinder.Options.defaults()));
        for (int round = 0; round < 200; round++) {
            List<TruthClaim> claims = new ArrayList<>();
            for (int k = random.nextInt(30); k >= 0; k--) {
                claims.add(new TruthClaim("s" + random.nextInt(5), "o" + random.nextInt(4),
                        List.of("1", "1.0", "2", "x", "X ", "Not Available", "y z", "-0").get(random.nextInt(8)),
                        0.1 + 0.9 * random.nextDouble()));
            }
            for (TruthDiscovery method : methods) {
                for (ValueSimilarity similarity : List.of(TEXT, ValueSimilarity.auto(0.01), ValueSimilarity.personList())) {
                    TruthResult result = method.resolve(claims, similarity);
                    for (SourceTrust trust : result.sources()) {
                        assertTrue(trust.low() <= trust.trust() + 1e-9 && trust.trust() <= trust.high() + 1e-9);
                    }
                    for (ValueConfidence value : result.values()) {
                        assertTrue(value.confidence() >= 0 && value.confidence() <= 1);
                    }
                }
            }
        }
        assertEquals(0, ENGINE.resolve(List.of(), TEXT).values().size());
    }

    @Test
    void optionsRoundTripThroughPropertiesAndRefuseUnknownKeys() {
        TruthEngine.Options options = TruthEngine.Options.defaults().withoutCopyDetection();
        assertEquals(options, TruthEngine.Options.of(options.toProperties()));
        assertEquals(TruthFinder.Options.defaults(), TruthFinder.Options.of(TruthFinder.Options.defaults().toProperties()));
        Properties unknown = new Properties();
        unknown.setProperty("scoring.truth.engine.priorMean", "0.5");
        assertThrows(IllegalArgumentException.class, () -> TruthEngine.Options.of(unknown));
        Properties bad = new Properties();
        bad.setProperty("scoring.truth.engine.copyRate", "1.5");
        assertThrows(IllegalArgumentException.class, () -> TruthEngine.Options.of(bad));
        assertThrows(IllegalArgumentException.class, () -> new TruthClaim("a", "b", "c", 0));
        assertThrows(IllegalArgumentException.class, () -> new TruthClaim("a", " ", "c"));
    }

    @Test
    void truthFinderAndVotingPinSmallCases() {
        List<TruthClaim> claims = List.of(
                new TruthClaim("a", "city", "Springfield"),
                new TruthClaim("b", "city", "Springfield"),
                new TruthClaim("c", "city", "Shelbyville"));
        TruthResult voting = new MajorityVoting().resolve(claims, TEXT);
        assertEquals(2.0 / 3, voting.chosen().get("city").confidence(), 1e-12);
        assertEquals("Springfield", voting.chosen().get("city").value());
        TruthResult finder = new TruthFinder(TruthFinder.Options.defaults()).resolve(claims, TEXT);
        assertEquals("Springfield", finder.chosen().get("city").value());
        assertEquals("Springfield", ENGINE.resolve(claims, TEXT).chosen().get("city").value());
    }

    @Test
    void missingValuesAreCountedNotClaimed() {
        TruthResult result = ENGINE.resolve(List.of(new TruthClaim("a", "book", "Not Available"),
                new TruthClaim("b", "book", "Knuth, Donald E."), new TruthClaim("c", "book", "Donald E. Knuth")),
                ValueSimilarity.personList());
        assertEquals(1, result.missing());
        assertEquals(1, result.values().size());
        assertEquals(2, result.values().getFirst().claims());
    }

    @Test
    void benchmarkHelpers() {
        assertEquals("9780201853940".length(), TruthBenchmarks.isbn13("0-201-85394-9").length());
        assertEquals("9780072922363", TruthBenchmarks.isbn13("0072922362"));
        assertEquals(List.of("boston, massachusetts", "Population2000", "589141", "say \"hi\""),
                TruthBenchmarks.csv("\"boston, massachusetts\",\"Population2000\",589141,\"say \"\"hi\"\"\""));
    }
}
