package news.reliability.scoring.boilerplate;

import java.util.List;

import news.reliability.fixtures.BoilerplateFixtures;

/** The boilerplate fixtures as training documents, loaded once for all tests. */
final class Fixtures {

    static final List<LabeledDocument> DOCUMENTS = BoilerplateFixtures.pages().stream()
            .map(p -> LabeledDocument.of(p.name(), p.source(), p.document(), p.labels()))
            .toList();

    private Fixtures() {
    }
}
