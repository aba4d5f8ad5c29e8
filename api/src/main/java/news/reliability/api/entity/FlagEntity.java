package news.reliability.api.entity;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A flagged span of an article: boilerplate or low quality. */
@Entity
@Table(name = "flag")
public class FlagEntity extends PanacheEntityBase {

    /** Which part of the report a flag belongs to. */
    public static final String BOILERPLATE = "boilerplate";
    public static final String QUALITY = "quality";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    /** {@link #BOILERPLATE} or {@link #QUALITY}. */
    @Column(nullable = false, length = 20)
    public String category;

    @Column(nullable = false, length = 30)
    public String kind;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(length = 1000)
    public String reason;

    public static List<FlagEntity> findByArticle(ArticleEntity article, String category) {
        return list("article = ?1 and category = ?2 order by start, id", article, category);
    }
}
