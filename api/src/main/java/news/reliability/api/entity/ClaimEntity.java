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

/** A claim read from an article. */
@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    /** The claim's id within its article, as in the report. */
    @Column(name = "claim_key", nullable = false, length = 60)
    public String claimKey;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(nullable = false, length = 200)
    public String relation;

    @Column(length = 500)
    public String object;

    @Column(name = "claim_value")
    public Double value;

    @Column(name = "value_low")
    public Double valueLow;

    @Column(name = "value_high")
    public Double valueHigh;

    @Column(length = 40)
    public String unit;

    @Column(nullable = false, length = 20)
    public String hedge;

    @Column(nullable = false)
    public boolean negated;

    @Column(length = 500)
    public String attribution;

    public static List<ClaimEntity> findByArticle(ArticleEntity article) {
        return list("article = ?1 order by start, id", article);
    }
}
