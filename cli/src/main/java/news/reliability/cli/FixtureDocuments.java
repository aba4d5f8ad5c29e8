package news.reliability.cli;

import java.util.List;

import news.reliability.fixtures.BoilerplateFixtures;
import news.reliability.scoring.boilerplate.LabeledDocument;

/** The boilerplate fixtures as the scoring module's training documents. */
final class FixtureDocuments {

    private FixtureDocuments() {
    }

    static List<LabeledDocument> boilerplate() {
        return BoilerplateFixtures.pages().stream()
                .map(p -> LabeledDocument.of(p.name(), p.source(), p.document(), p.labels()))
                .toList();
    }
}
