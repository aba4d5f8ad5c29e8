package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Quality gates on the project's own fixtures. Floors are pinned a little under the measured figures;
 * raising one is a normal commit, lowering one needs a reason in the commit message.
 */
class BoilerplateQualityGateTest {

    /**
     * Measured on the 72 fixture pages: 3 folds F1 0.801, kind accuracy 0.878. The 17 pages added in the third
     * round (recipe, service and press pages with content in several containers, in-article boilerplate, and
     * outlets in Spanish, Polish and French that no other fold has) made the folds harder: the same code and
     * model options on the previous 55 pages give F1 0.886, kind accuracy 0.906 (before that round: 0.889 and
     * 0.906), so the floors were lowered with the set, not for a weaker model. Fourth round (link lines,
     * aside/footer/nav, the context pass, feature main.afterLastLong): F1 0.816, kind accuracy 0.873; the F1
     * floor went up from 0.78 to 0.80. Fifth round (25 pages of 22 new outlets, no code change): on the 106 pages
     * F1 0.860, kind accuracy 0.820; the same code on the previous 81 pages gives F1 0.864, kind accuracy 0.881.
     * The new pages bring boilerplate kinds in new guises (shop reviews as comments, forum profiles as bylines,
     * signatures, price and basket widgets, live-blog timestamps as other) that a fold without their outlet cannot
     * name, so the kind floor went down with the set, from 0.86 to 0.80; the F1 floor went up from 0.80 to 0.84.
     * After merging the round (124 pages; the lead rule, the phrase penalty 0.6 and threshold 0.35, both chosen with
     * this cross-validation and the trafilatura dev half; the random forest kept): F1 0.879, kind accuracy 0.809,
     * text F1 with each page alone 0.939 (floor 0.91). Ninth round (threshold 0.39): F1 0.896, kind accuracy
     * 0.806, text F1 alone 0.949.
     */
    private static final double CROSS_VALIDATED_F1_FLOOR = 0.84;
    private static final double KIND_ACCURACY_FLOOR = 0.80;

    /** F1 over characters, each test page on its own as in the trafilatura benchmark: see the F1 floor. */
    private static final double ALONE_TEXT_F1_FLOOR = 0.91;

    @Test
    void crossValidationOverOutletsStaysAboveItsFloors() {
        var both = BoilerplateEvaluation.crossValidate(Fixtures.DOCUMENTS, BoilerplateModel.Options.defaults(), 3);
        var result = both.withSiblings();
        assertTrue(result.f1() >= CROSS_VALIDATED_F1_FLOOR, "F1 " + result.f1());
        assertTrue(result.kindAccuracy() >= KIND_ACCURACY_FLOOR, "kind accuracy " + result.kindAccuracy());
        assertTrue(both.alone().textF1() >= ALONE_TEXT_F1_FLOOR, "text F1, pages alone " + both.alone().textF1());
        assertTrue(both.alone().textF1() > both.alone().f1(), "long content blocks are easier than short ones");
    }

    @Test
    void textF1CountsCharactersOfBlocks() {
        var r = new BoilerplateEvaluation.Result(1, 1, 1, 0, 0, 80, 10, 10);
        assertEquals(0.5, r.f1(), 1e-12);
        assertEquals(160.0 / 180, r.textF1(), 1e-12);
    }

    @Test
    void retrainingOnTheFixturesReproducesTheShippedModel() throws IOException {
        BoilerplateModel retrained = BoilerplateModel.fit(Fixtures.DOCUMENTS, BoilerplateModel.Options.defaults());
        BoilerplateModel shipped = BoilerplateModel.standard();
        assertEquals(shipped.options(), retrained.options());
        assertEquals(shipped.version(), retrained.version());
        var a = new BoilerplateClassifier(shipped, WordLists.standard());
        var b = new BoilerplateClassifier(retrained, WordLists.standard());
        for (LabeledDocument document : Fixtures.DOCUMENTS) {
            assertEquals(a.classify(document.document()).stream().map(BlockVerdict::label).toList(),
                    b.classify(document.document()).stream().map(BlockVerdict::label).toList(), document.name());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        retrained.write(bytes);
        assertEquals(retrained.version(), BoilerplateModel.read(bytes.toByteArray()).version());
    }
}
