package news.reliability.api.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;
import news.reliability.scoring.reliability.SourceReliability;

/** Makes the plain-Java pipeline of {@code scoring} injectable. */
public class PipelineProducer {

    @Produces
    @Singleton
    Analyzer analyzer() {
        return Pipelines.news();
    }

    @Produces
    @Singleton
    SourceReliability sourceReliability() {
        return new SourceReliability(SourceReliability.Options.defaults());
    }
}
