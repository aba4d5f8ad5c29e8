package news.reliability.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TruthBenchmarksTest {

    /**
     * Two sources that agree are wrong on every gold object; a lone source is right on all of them (enough of
     * them that fitted trusts outweigh the pair even with n = 100 false values).
     */
    private static TruthBenchmarks.Dataset lonelyTruth() {
        List<TruthClaim> claims = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            String object = "city-" + i + "|Population2000";
            claims.add(new TruthClaim("lone", object, Integer.toString(1000 + i)));
            claims.add(new TruthClaim("pair-a", object, Integer.toString(2000 + i)));
            claims.add(new TruthClaim("pair-b", object, Integer.toString(2000 + i)));
            gold.put(object, Integer.toString(1000 + i));
        }
        ValueSimilarity numbers = ValueSimilarity.numeric(0.01);
        return new TruthBenchmarks.Dataset("population", claims, numbers, gold,
                (chosen, expected) -> numbers.normalize(chosen).equals(numbers.normalize(expected)));
    }

    @Test
    void trustFittedToTheGoldOverturnsTheMajority() {
        TruthBenchmarks.Dataset dataset = lonelyTruth();
        TruthResult voting = new MajorityVoting().resolve(dataset.claims(), dataset.similarity());
        assertEquals(0, TruthBenchmarks.score(dataset, voting).right());

        TruthBenchmarks.Score inSample = TruthBenchmarks.goldFittedVote(dataset, voting, o -> true, o -> true, 100);
        assertEquals(new TruthBenchmarks.Score(20, 20), inSample);

        TruthBenchmarks.Score nothingKnown = TruthBenchmarks.goldFittedVote(dataset, voting, o -> false, o -> true, 100);
        assertEquals(new TruthBenchmarks.Score(0, 20), nothingKnown);
    }

    @Test
    void onlyTheObjectsOfThePartAreScored() {
        TruthBenchmarks.Dataset dataset = lonelyTruth();
        TruthResult voting = new MajorityVoting().resolve(dataset.claims(), dataset.similarity());
        TruthBenchmarks.Score firstTwo = TruthBenchmarks.goldFittedVote(dataset, voting,
                o -> !o.equals("city-0|Population2000") && !o.equals("city-1|Population2000"),
                o -> o.equals("city-0|Population2000") || o.equals("city-1|Population2000"), 100);
        assertEquals(new TruthBenchmarks.Score(2, 2), firstTwo);
    }
}
