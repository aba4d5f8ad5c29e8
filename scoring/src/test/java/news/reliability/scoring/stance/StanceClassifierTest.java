package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.reliability.scoring.ml.TreeClassifier;

class StanceClassifierTest {

    private static final String[] TOPICS = {"ferry", "bridge", "museum", "school", "market", "stadium", "river",
            "library", "hospital", "airport", "orchard", "tunnel"};
    private static final String[] VERBS = {"reopened", "closed", "expanded", "flooded"};

    /** Synthetic stories: agree repeats the body, disagree adds a denial, discuss a hedge, unrelated another topic. */
    static List<StancePair> synthetic(int stories, long seed) {
        Random random = new Random(seed);
        List<StancePair> pairs = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String topic = TOPICS[s % TOPICS.length] + " " + (char) ('a' + s % 26);
            String verb = VERBS[random.nextInt(VERBS.length)];
            String body = "The " + topic + " " + verb + " on Monday, the council said. Work took " + (3 + s)
                    + " weeks. Officials denied reports that the " + topic + " was sold. Some residents claimed the "
                    + topic + " might get a new name, which was not confirmed.";
            pairs.add(new StancePair("The " + topic + " " + verb, body, StanceLabel.AGREE));
            pairs.add(new StancePair(topic + " " + verb + " after " + (3 + s) + " weeks", body, StanceLabel.AGREE));
            pairs.add(new StancePair("The " + topic + " was sold", body, StanceLabel.DISAGREE));
            pairs.add(new StancePair("The " + topic + " will get a new name", body, StanceLabel.DISCUSS));
            String other = TOPICS[(s + 5) % TOPICS.length];
            pairs.add(new StancePair("Storm hits the " + other + " coast", body, StanceLabel.UNRELATED));
            pairs.add(new StancePair("Prices rise at the " + other, body, StanceLabel.UNRELATED));
        }
        return pairs;
    }

    static StanceClassifier.Options fast(long seed) {
        TreeClassifier.Options trees = new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 30, 8, 32,
                2, 1.0, 1.0, seed, new int[0]);
        return new StanceClassifier.Options(1, 8, 2, 2, 0.5, 1.0, 1.0, seed, trees, trees);
    }

    private static final List<StancePair> TRAIN = synthetic(24, 1);
    private static final StanceClassifier MODEL = StanceClassifier.fit(TRAIN, fast(3));

    @Test
    void learnsTheSyntheticStancesOnUnseenStories() {
        List<StancePair> test = synthetic(36, 2).subList(24 * 6, 36 * 6);
        List<Stance> predicted = MODEL.predictAll(test);
        FncScore score = FncScore.of(test.stream().map(StancePair::label).toList(),
                predicted.stream().map(Stance::label).toList());
        assertTrue(score.relative() > 80, score.report());
        assertTrue(score.f1()[StanceLabel.UNRELATED.ordinal()] > 0.9, score.report());
    }

    @Test
    void probabilitiesSumToOneAndAgreeWithTheLabel() {
        Stance stance = MODEL.predict("The ferry a was sold", TRAIN.getFirst().body());
        assertEquals(1.0, Arrays.stream(stance.probabilities()).sum(), 1e-9);
        StanceLabel argmax = StanceLabel.values()[0];
        for (StanceLabel label : StanceLabel.values()) {
            if (stance.probability(label) > stance.probability(argmax)) {
                argmax = label;
            }
        }
        assertEquals(argmax, stance.label());
    }

    @Test
    void decisionWeightsShiftTheLabel() {
        double[] p = {0.3, 0.2, 0.4, 0.1};
        assertEquals(StanceLabel.DISCUSS, StanceClassifier.decide(p, 0.5, 1, 1));
        assertEquals(StanceLabel.DISAGREE, StanceClassifier.decide(p, 0.5, 1, 2.5));
        assertEquals(StanceLabel.AGREE, StanceClassifier.decide(p, 0.5, 1.5, 1));
        assertEquals(StanceLabel.UNRELATED, StanceClassifier.decide(p, 0.1, 1, 1));
    }

    @Test
    void savedModelPredictsTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stance.model");
        MODEL.save(file);
        StanceClassifier loaded = StanceClassifier.load(file);
        for (StancePair pair : TRAIN.subList(0, 12)) {
            assertEquals(MODEL.predict(pair.claim(), pair.body()), loaded.predict(pair.claim(), pair.body()));
        }
        assertEquals(MODEL.options(), loaded.options());
    }

    @Test
    void sameSeedSamePredictions() {
        StanceClassifier again = StanceClassifier.fit(TRAIN, fast(3));
        List<StancePair> sample = synthetic(30, 4).subList(150, 180);
        assertEquals(MODEL.predictAll(sample), again.predictAll(sample));
    }

    @Test
    void concurrentPredictionsEqualSequentialOnes() {
        List<StancePair> sample = synthetic(30, 5);
        List<Stance> sequential = sample.stream().map(p -> MODEL.predict(p.claim(), p.body())).toList();
        List<Stance> parallel = sample.parallelStream().map(p -> MODEL.predict(p.claim(), p.body())).toList();
        assertEquals(sequential, parallel);
        assertEquals(sequential, MODEL.predictAll(sample));
    }

    @Test
    void hostileInputNeverThrows() {
        Random random = new Random(13);
        for (int run = 0; run < 100; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(500); i++) {
                text.append((char) random.nextInt(0x10000));
            }
            Stance stance = MODEL.predict(text.toString(), text.reverse().toString());
            assertEquals(1.0, Arrays.stream(stance.probabilities()).sum(), 1e-9);
        }
    }

    @Test
    void notAModelIsAnIoError() {
        assertThrows(IOException.class, () -> StanceClassifier.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void optionsRoundTripThroughPropertiesAndRefuseUnknownKeys() {
        StanceClassifier.Options options = StanceClassifier.Options.standard(7);
        assertEquals(options, StanceClassifier.Options.of(options.toProperties()));
        assertEquals(fast(2), StanceClassifier.Options.of(fast(2).toProperties()));
        Properties unknown = options.toProperties();
        unknown.setProperty("stance.topicz", "3");
        assertThrows(IllegalArgumentException.class, () -> StanceClassifier.Options.of(unknown));
        Properties unknownTree = options.toProperties();
        unknownTree.setProperty("stance.related.ml.tree.leaves", "3");
        assertThrows(IllegalArgumentException.class, () -> StanceClassifier.Options.of(unknownTree));
        assertEquals(0.3, StanceClassifier.Options.parse("stance.relatedThreshold=0.3").relatedThreshold());
        assertThrows(IllegalArgumentException.class, () -> new StanceClassifier.Options(1, 5, 6, 1, 0.5, 1, 1, 0,
                options.relatedness(), options.stance()));
        assertThrows(IllegalArgumentException.class, () -> new StanceClassifier.Options(1, 5, 0, 1, 0, 1, 1, 0,
                options.relatedness(), options.stance()));
    }

    @Test
    void defaultModelLoadsFromTheClassPath() {
        StanceClassifier model = StanceClassifier.fixtureDefault();
        assertEquals(StanceClassifier.Options.small(0), model.options());
        Stance stance = model.predict("Tallow River bridge reopens", "The Tallow River bridge reopened to traffic "
                + "on Saturday morning, three weeks ahead of schedule, the county roads department said.");
        assertTrue(stance.label().related(), stance.toString());
    }

    @Test
    void wordListsAreLoadedAndLowerCase() {
        WordLists words = WordLists.standard();
        assertTrue(words.refuting().contains("hoax"));
        assertTrue(words.hedging().contains("reportedly"));
        assertTrue(words.negation().contains("not"));
        assertTrue(words.dates().contains("march"));
        for (var list : List.of(words.stopWords(), words.negation(), words.refuting(), words.hedging(),
                words.agreeing(), words.dates())) {
            assertTrue(list.stream().allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT))));
        }
    }
}
