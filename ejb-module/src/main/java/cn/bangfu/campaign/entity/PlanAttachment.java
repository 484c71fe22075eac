package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.StoredFile;
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

/** A file attached to a plan ({@link StoredFile}: its kinds and size cap). Lists never load the bytes. */
@Entity
@Table(name = "plan_attachment")
@NamedQuery(name = PlanAttachment.INFO_OF, query = "select new cn.bangfu.platform.entity.AttachmentInfo(a.id, a.file.fileName,"
        + " a.file.contentType, a.file.size, a.file.uploadedBy, a.file.uploadedAt) from PlanAttachment a where a.plan.id = :plan order by a.id")
public class PlanAttachment {

    public static final String INFO_OF = "PlanAttachment.infoOf";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private AssistancePlan plan;

    @Embedded
    private StoredFile file;

    protected PlanAttachment() {
    }

    /** A checked attachment (see {@link StoredFile#checked}). */
    public PlanAttachment(AssistancePlan plan, String fileName, byte[] content, String uploadedBy, Instant now) {
        this.file = StoredFile.checked(fileName, content, uploadedBy, now);
        this.plan = plan;
    }

    public AttachmentInfo info() {
        return file.info(id);
    }

    public Long getId() {
        return id;
    }

    public AssistancePlan getPlan() {
        return plan;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getFileName() {
        return file.getFileName();
    }

    public String getContentType() {
        return file.getContentType();
    }

    public byte[] getContent() {
        return file.getContent();
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, PlanAttachment::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
