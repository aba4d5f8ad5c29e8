package news.reliability.api.mapping;

import java.util.List;
import java.util.Locale;

import news.reliability.api.entity.ArticleEntity;
import news.reliability.api.entity.ClaimEntity;
import news.reliability.api.entity.FlagEntity;
import news.reliability.core.model.Claim;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.ClaimReport;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;

/** Between stored articles and the report's article shape. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    /** The stored article's analysis, in the report's shape. */
    public static ArticleReport toReport(ArticleEntity article) {
        List<FlagReport> boilerplate = FlagEntity.findByArticle(article, FlagEntity.BOILERPLATE).stream()
                .map(ArticleMapper::toReport).toList();
        List<FlagReport> qualityFlags = FlagEntity.findByArticle(article, FlagEntity.QUALITY).stream()
                .map(ArticleMapper::toReport).toList();
        List<ClaimReport> claims = ClaimEntity.findByArticle(article).stream()
                .map(c -> new ClaimReport(c.claimKey, c.text, c.start, c.end, c.subject, c.relation, c.value,
                        c.unit, c.hedge))
                .toList();
        return new ArticleReport(article.id, article.source.name, article.url, article.title,
                article.publishedAt == null ? null : article.publishedAt.toString(), article.language,
                boilerplate, new QualityReport(article.qualityScore, qualityFlags), claims);
    }

    private static FlagReport toReport(FlagEntity flag) {
        return new FlagReport(flag.kind, flag.start, flag.end, flag.text, flag.reason);
    }

    /** New flag rows for one part of a report. */
    public static List<FlagEntity> toEntities(ArticleEntity article, String category, List<FlagReport> flags) {
        return flags.stream().map(f -> {
            FlagEntity entity = new FlagEntity();
            entity.article = article;
            entity.category = category;
            entity.kind = f.kind();
            entity.start = f.start();
            entity.end = f.end();
            entity.text = f.text();
            entity.reason = f.reason();
            return entity;
        }).toList();
    }

    /** New claim rows for an article's claims. */
    public static List<ClaimEntity> toEntities(ArticleEntity article, List<Claim> claims) {
        return claims.stream().map(c -> {
            ClaimEntity entity = new ClaimEntity();
            entity.article = article;
            entity.claimKey = c.id();
            entity.text = c.text();
            entity.start = c.start();
            entity.end = c.end();
            entity.subject = truncate(c.subject(), 500);
            entity.relation = truncate(c.relation(), 200);
            entity.object = c.object().map(o -> truncate(o, 500)).orElse(null);
            c.quantity().ifPresent(q -> {
                entity.value = q.value();
                entity.valueLow = Double.isFinite(q.low()) ? q.low() : null;
                entity.valueHigh = Double.isFinite(q.high()) ? q.high() : null;
                entity.unit = truncate(q.unit(), 40);
            });
            entity.hedge = c.hedge().name().toLowerCase(Locale.ROOT);
            entity.negated = c.negated();
            entity.attribution = c.attribution().map(a -> truncate(a, 500)).orElse(null);
            return entity;
        }).toList();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
