package news.reliability.api.entity;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An editor's verdict on a flag or a conflict, kept as labelled data. */
@Entity
@Table(name = "feedback")
public class FeedbackEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_type", nullable = false, length = 30)
    public String targetType;

    @Column(name = "target_id", nullable = false, length = 100)
    public String targetId;

    @Column(nullable = false, length = 20)
    public String verdict;

    @Column(columnDefinition = "text")
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
