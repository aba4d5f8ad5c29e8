package news.reliability.api.entity;

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

/** A claim's place in its claim group: its verdict against the consensus and the reason. */
@Entity
@Table(name = "claim_group_member")
public class ClaimGroupMemberEntity extends PanacheEntityBase {

    public static final String AGREES = "agrees";
    public static final String CONFLICTS = "conflicts";
    public static final String UNDECIDED = "undecided";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_group_id")
    public ClaimGroupEntity claimGroup;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public ClaimEntity claim;

    /** {@link #AGREES}, {@link #CONFLICTS} or {@link #UNDECIDED}. */
    @Column(nullable = false, length = 20)
    public String verdict;

    @Column(length = 100)
    public String reason;
}
