package news.reliability.scoring;

import java.util.List;
import java.util.Objects;

import news.reliability.core.model.Block;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;

/**
 * One article after the per-article steps: what {@code core} read from its main text, and the blocks the
 * boilerplate step flagged.
 *
 * @param read        language, sentences, entities, claims and story features of the main text
 * @param boilerplate the flagged blocks, in text order
 * @param main        the blocks of the main text (what the boilerplate step kept)
 * @param quality     the quality step's score and flags, or unassessed
 */
public record AnalyzedArticle(ReadArticle read, List<FlagReport> boilerplate, List<Block> main,
                              QualityReport quality) {

    public AnalyzedArticle {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(quality, "quality");
        boilerplate = List.copyOf(boilerplate);
        main = List.copyOf(main);
    }
}
