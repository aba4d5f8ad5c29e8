package news.reliability.scoring;

import java.util.List;
import java.util.Objects;

import news.reliability.core.read.ReadArticle;
import news.reliability.core.report.FlagReport;

/**
 * One article after the per-article steps: what {@code core} read from its main text, and the blocks the
 * boilerplate step flagged.
 *
 * @param read        language, sentences, entities, claims and story features of the main text
 * @param boilerplate the flagged blocks, in text order
 */
public record AnalyzedArticle(ReadArticle read, List<FlagReport> boilerplate) {

    public AnalyzedArticle {
        Objects.requireNonNull(read, "read");
        boilerplate = List.copyOf(boilerplate);
    }
}
