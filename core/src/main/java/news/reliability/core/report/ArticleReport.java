package news.reliability.core.report;

import java.util.List;

/**
 * One article's analysis. Offsets point into the article's text: the content as given for plain text, the
 * extracted block text for HTML.
 *
 * @param id          the article's identifier
 * @param source      the source's display name
 * @param url         where it was published, or null
 * @param title       its headline, or null
 * @param publishedAt ISO-8601 publication instant, or null
 * @param language    ISO 639-1 code of its language, or null while undetected
 * @param boilerplate spans flagged as boilerplate
 * @param quality     its quality score and flags
 * @param claims      the claims read from its main text
 */
public record ArticleReport(String id, String source, String url, String title, String publishedAt,
                            String language, List<FlagReport> boilerplate, QualityReport quality,
                            List<ClaimReport> claims) {

    public ArticleReport {
        boilerplate = List.copyOf(boilerplate);
        claims = List.copyOf(claims);
    }
}
