package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a problem (a photo of the site, the enterprise's letter, the unit's reply), and to the event it
 * came with when it did ({@link StoredFile}: its kinds and size cap). Lists never load the bytes.
 */
@Entity
@Table(name = "problem_attachment")
@NamedQuery(name = ProblemAttachment.INFO_OF, query = "select new cn.bangfu.ledger.entity.ProblemFile(a.eventId, a.id, a.file.fileName,"
        + " a.file.contentType, a.file.size, a.file.uploadedBy, a.file.uploadedAt) from ProblemAttachment a where a.problem.id = :problem"
        + " order by a.id")
public class ProblemAttachment {

    public static final String INFO_OF = "ProblemAttachment.infoOf";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Column(name = "event_id", updatable = false)
    private Long eventId;

    @Embedded
    private StoredFile file;

    protected ProblemAttachment() {
    }

    /** A checked attachment of a problem, with the event it came with or null (see {@link StoredFile#checked}). */
    public ProblemAttachment(Problem problem, Long eventId, String fileName, byte[] content, String uploadedBy, Instant now) {
        this.file = StoredFile.checked(fileName, content, uploadedBy, now);
        this.problem = problem;
        this.eventId = eventId;
    }

    public Long getId() {
        return id;
    }

    public Problem getProblem() {
        return problem;
    }

    public StoredFile getFile() {
        return file;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, ProblemAttachment::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
