package news.reliability.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PooledInvestmentTest {

    private static final PooledInvestment METHOD = new PooledInvestment(PooledInvestment.Options.defaults());

    @Test
    void aSourceRightElsewhereWinsATie() {
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(new TruthClaim("good", "o" + i, "right"));
            claims.add(new TruthClaim("peer", "o" + i, "right"));
            claims.add(new TruthClaim("bad", "o" + i, "wrong"));
        }
        claims.add(new TruthClaim("good", "tie", "a"));
        claims.add(new TruthClaim("bad", "tie", "b"));
        TruthResult result = METHOD.resolve(claims, ValueSimilarity.text());
        assertEquals("a", result.chosen().get("tie").value());
        assertEquals("right", result.chosen().get("o0").value());
        assertTrue(result.trustBySource().get("good").trust() > result.trustBySource().get("bad").trust());
        double sum = result.values().stream().filter(v -> v.object().equals("tie"))
                .mapToDouble(ValueConfidence::confidence).sum();
        assertEquals(1, sum, 1e-9);
    }

    @Test
    void orderDoesNotMatterAndRandomInputNeverThrows() {
        Random random = new Random(3);
        List<TruthClaim> claims = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            claims.add(new TruthClaim("s" + random.nextInt(20), "o" + random.nextInt(40), "v" + random.nextInt(3)));
        }
        TruthResult first = METHOD.resolve(claims, ValueSimilarity.text());
        Collections.shuffle(claims, random);
        assertEquals(first.chosen(), METHOD.resolve(claims, ValueSimilarity.text()).chosen());
        assertEquals(0, METHOD.resolve(List.of(), ValueSimilarity.text()).values().size());
        assertThrows(IllegalArgumentException.class, () -> new PooledInvestment.Options(0.5, 20));
        assertThrows(IllegalArgumentException.class, () -> new PooledInvestment.Options(1.4, 0));
    }
}
