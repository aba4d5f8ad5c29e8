package news.reliability.scoring.stance;

import static news.reliability.scoring.stance.StanceLabel.AGREE;
import static news.reliability.scoring.stance.StanceLabel.DISAGREE;
import static news.reliability.scoring.stance.StanceLabel.DISCUSS;
import static news.reliability.scoring.stance.StanceLabel.UNRELATED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FncScoreTest {

    @Test
    void pairScoresFollowTheCompetitionRules() {
        assertEquals(0.25, FncScore.pairScore(UNRELATED, UNRELATED));
        assertEquals(1.0, FncScore.pairScore(AGREE, AGREE));
        assertEquals(0.25, FncScore.pairScore(AGREE, DISCUSS));
        assertEquals(0.0, FncScore.pairScore(AGREE, UNRELATED));
        assertEquals(0.0, FncScore.pairScore(UNRELATED, DISAGREE));
    }

    @Test
    void relativeScoreAccuracyAndF1() {
        FncScore score = FncScore.of(List.of(AGREE, DISAGREE, DISCUSS, UNRELATED, UNRELATED),
                List.of(AGREE, DISCUSS, DISCUSS, UNRELATED, AGREE));
        // 1 + 0.25 + 1 + 0.25 + 0 = 2.5 of 1 + 1 + 1 + 0.25 + 0.25 = 3.5
        assertEquals(2.5, score.score(), 1e-12);
        assertEquals(3.5, score.maximum(), 1e-12);
        assertEquals(100 * 2.5 / 3.5, score.relative(), 1e-9);
        assertEquals(0.6, score.accuracy(), 1e-12);
        assertArrayEquals(new double[] {2.0 / 3, 0, 2.0 / 3, 2.0 / 3}, score.f1(), 1e-12);
        assertEquals(0.5, score.macroF1(), 1e-12);
        assertEquals(1, score.confusion()[UNRELATED.ordinal()][AGREE.ordinal()]);
        String report = score.report();
        assertEquals(true, report.contains("FNC score        71.43 %"), report);
        assertEquals(true, report.contains("F1 disagree      0.0000"), report);
    }

    @Test
    void noPairsScoreZero() {
        assertEquals(0, FncScore.of(List.of(), List.of()).relative());
    }
}
