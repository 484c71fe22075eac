package cn.bangfu.appraisal.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
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
 * Evidence (佐证材料) of one indicator of a form ({@link StoredFile}: its kinds and size cap): what the unit attaches to its
 * self-assessment or its appeal, what an evaluator attaches to a bonus. Lists never load the bytes.
 */
@Entity
@Table(name = "appraisal_evidence")
@NamedQuery(name = AppraisalEvidence.INFO_OF, query = "select e.indicator, e.id, e.file.fileName, e.file.contentType, e.file.size,"
        + " e.file.uploadedBy, e.file.uploadedAt from AppraisalEvidence e where e.appraisal = :appraisal order by e.id")
@NamedQuery(name = AppraisalEvidence.COUNT_OF, query = "select count(e) from AppraisalEvidence e where e.appraisal = :appraisal"
        + " and e.indicator = :indicator")
public class AppraisalEvidence {

    /** [indicator, id, file name, content type, size, uploaded by, uploaded at] of a form's evidence, oldest first. */
    public static final String INFO_OF = "AppraisalEvidence.infoOf";
    public static final String COUNT_OF = "AppraisalEvidence.countOf";
    /** The most files one indicator of a form takes. */
    public static final int MAX_PER_INDICATOR = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id", nullable = false, updatable = false)
    private Appraisal appraisal;

    @Column(name = "indicator_code", nullable = false, updatable = false, length = 32)
    private String indicator;

    @Embedded
    private StoredFile file;

    protected AppraisalEvidence() {
    }

    public AppraisalEvidence(Appraisal appraisal, String indicator, String fileName, byte[] content, String uploadedBy, Instant now) {
        this.file = StoredFile.checked(fileName, content, uploadedBy, now);
        this.appraisal = appraisal;
        this.indicator = indicator;
    }

    public AttachmentInfo info() {
        return file.info(id);
    }

    public Long getId() {
        return id;
    }

    public Appraisal getAppraisal() {
        return appraisal;
    }

    public String getIndicator() {
        return indicator;
    }

    public StoredFile getFile() {
        return file;
    }
}
