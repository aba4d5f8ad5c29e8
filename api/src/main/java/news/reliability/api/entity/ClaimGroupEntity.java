package news.reliability.api.entity;

import java.time.Instant;

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

/** The claims of one story about one fact. */
@Entity
@Table(name = "claim_group")
public class ClaimGroupEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id")
    public StoryEntity story;

    /** The group's id within its story, as in the report. */
    @Column(name = "group_key", nullable = false, length = 60)
    public String groupKey;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(nullable = false, length = 200)
    public String attribute;

    @Column(name = "consensus_value")
    public Double consensusValue;

    @Column(name = "consensus_unit", length = 40)
    public String consensusUnit;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
