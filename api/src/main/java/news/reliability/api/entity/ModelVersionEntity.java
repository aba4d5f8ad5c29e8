package news.reliability.api.entity;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trained model the service can use; one version per model name is active. */
@Entity
@Table(name = "model_version")
public class ModelVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(nullable = false, length = 100)
    public String version;

    @Column(length = 1000)
    public String location;

    /** Evaluation figures, as a JSON object. */
    @Column(columnDefinition = "text")
    public String metrics;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
