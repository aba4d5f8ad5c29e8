package news.reliability.api.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import news.reliability.api.entity.ArticleEntity;
import news.reliability.fixtures.FixtureCorpus;

/**
 * Loads the project's demo corpus into an empty database at start-up when {@code scorer.demo.load} is true
 * ({@code ./scorer serve} sets it), so that a new user sees sources and stories at once. A database that
 * already holds articles is left alone.
 */
@ApplicationScoped
public class DemoCorpusLoader {

    private static final Logger LOG = Logger.getLogger(DemoCorpusLoader.class);

    @ConfigProperty(name = "scorer.demo.load")
    boolean load;

    @Inject
    ArticleService articles;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (load && ArticleEntity.count() == 0) {
            int stored = articles.ingest(FixtureCorpus.demo()).size();
            LOG.infof("loaded the demo corpus: %d articles", stored);
        }
    }
}
