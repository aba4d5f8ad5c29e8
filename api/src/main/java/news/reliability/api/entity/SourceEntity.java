package news.reliability.api.entity;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outlet. {@code score}, {@code low}, {@code high} and {@code articles} are its latest score. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Public identifier, {@code Source#id()}. */
    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    public Double score;

    @Column(name = "score_low")
    public Double low;

    @Column(name = "score_high")
    public Double high;

    @Column(nullable = false)
    public int articles;

    @Column(name = "scored_at")
    public Instant scoredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<SourceEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
