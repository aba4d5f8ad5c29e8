package news.reliability.api.entity;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.reliability.core.model.ContentFormat;

/** An article as it arrived, with the article-level results of its analysis. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    /** {@code Article#id()}: derived from the URL, else from source and content. */
    @Id
    @Column(length = 40)
    public String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id")
    public StoryEntity story;

    @Column(length = 2048, unique = true)
    public String url;

    @Column(length = 2000)
    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ContentFormat format;

    @Column(nullable = false, columnDefinition = "text")
    public String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(length = 16)
    public String language;

    @Column(name = "quality_score")
    public Double qualityScore;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    public static long countBySource(SourceEntity source) {
        return count("source", source);
    }

}
