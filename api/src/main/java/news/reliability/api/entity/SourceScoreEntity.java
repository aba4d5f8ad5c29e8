package news.reliability.api.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

/** One score a source has had: the history behind {@code GET /sources/{id}/history}. */
@Entity
@Table(name = "source_score")
public class SourceScoreEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    @Column(nullable = false)
    public double score;

    @Column(name = "score_low", nullable = false)
    public double low;

    @Column(name = "score_high", nullable = false)
    public double high;

    @Column(nullable = false)
    public int articles;

    /** The score's signals, as a JSON object. */
    @Column(nullable = false, columnDefinition = "text")
    public String signals;

    /** The score's evidence, as a JSON array. */
    @Column(nullable = false, columnDefinition = "text")
    public String evidence;

    /** The model versions the score was computed with, as a JSON object. */
    @Column(name = "model_version", nullable = false, length = 200)
    public String modelVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    public static Optional<SourceScoreEntity> latest(SourceEntity source) {
        return find("source = ?1 order by computedAt desc, id desc", source).firstResultOptional();
    }

    public static List<SourceScoreEntity> history(SourceEntity source) {
        return list("source = ?1 order by computedAt, id", source);
    }
}
