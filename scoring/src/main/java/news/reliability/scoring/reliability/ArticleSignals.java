package news.reliability.scoring.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import news.reliability.core.model.Source;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.FlagReport;

/**
 * What one article says about its source apart from its claims: its quality score and flags, and how much of
 * it is boilerplate.
 *
 * @param articleId    the article's id
 * @param source       the article's source
 * @param textLength   length of the article's text as given (the space the flags' offsets live in), at least 0
 * @param quality      the article's quality score in [0,1], empty when no quality model scored it
 * @param boilerplate  the flagged boilerplate blocks
 * @param qualityFlags the flagged low-quality spans
 */
public record ArticleSignals(String articleId, Source source, int textLength, OptionalDouble quality,
                             List<FlagReport> boilerplate, List<FlagReport> qualityFlags) {

    public ArticleSignals {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quality, "quality");
        if (textLength < 0) {
            throw new IllegalArgumentException("textLength must not be negative: " + textLength);
        }
        if (quality.isPresent() && !(quality.getAsDouble() >= 0 && quality.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("quality must be in [0,1]: " + quality.getAsDouble());
        }
        boilerplate = List.copyOf(boilerplate);
        qualityFlags = List.copyOf(qualityFlags);
    }

    /** The signals of an analysed article; a null quality score means "no signal". */
    public static ArticleSignals of(ArticleReport report, Source source, int textLength) {
        Double score = report.quality() == null ? null : report.quality().score();
        return new ArticleSignals(report.id(), source, textLength,
                score == null ? OptionalDouble.empty() : OptionalDouble.of(score), report.boilerplate(),
                report.quality() == null ? List.of() : report.quality().flags());
    }

    /**
     * The share of the text covered by boilerplate flags, in [0,1]: overlapping spans count once. Offsets are
     * into the text as given, so for HTML this is a share of the page source.
     */
    public double boilerplateShare() {
        if (textLength == 0 || boilerplate.isEmpty()) {
            return 0;
        }
        List<FlagReport> spans = new ArrayList<>(boilerplate);
        spans.sort(Comparator.comparingInt(FlagReport::start));
        long covered = 0;
        int reach = 0;
        for (FlagReport flag : spans) {
            int start = Math.max(Math.max(0, flag.start()), reach);
            int end = Math.min(textLength, flag.end());
            if (end > start) {
                covered += end - start;
                reach = end;
            }
        }
        return Math.min(1, (double) covered / textLength);
    }

    /** Length of one flag's span inside the text, for its share of the article. */
    double shareOf(FlagReport flag) {
        if (textLength == 0) {
            return 0;
        }
        int start = Math.max(0, flag.start());
        int end = Math.min(textLength, flag.end());
        return end > start ? (double) (end - start) / textLength : 0;
    }
}
