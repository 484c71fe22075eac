package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
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
import java.util.Locale;
import java.util.Map;

/**
 * A file attached to a plan, kept in the database (one copy for a whole cluster, portable across H2
 * and PostgreSQL): at most {@link #MAX_BYTES}, of the kinds in {@link #TYPES}. Lists never load the bytes.
 */
@Entity
@Table(name = "plan_attachment")
@NamedQuery(name = PlanAttachment.INFO_OF, query = "select new cn.bangfu.campaign.entity.AttachmentInfo(a.id, a.fileName, a.contentType,"
        + " a.size, a.uploadedBy, a.uploadedAt) from PlanAttachment a where a.plan.id = :plan order by a.id")
public class PlanAttachment {

    public static final String INFO_OF = "PlanAttachment.infoOf";
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Allowed file kinds by extension, with the content type served. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private AssistancePlan plan;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long size;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected PlanAttachment() {
    }

    /** A checked attachment: a known kind by extension, not empty, not above the size cap. */
    public PlanAttachment(AssistancePlan plan, String fileName, byte[] content, String uploadedBy, Instant now) {
        String type = typeOf(fileName);
        if (type == null) {
            throw new InvalidInputException(FieldError.of("file", "plan.attachment.type", fileName == null ? "" : fileName));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FieldError.of("file", "plan.attachment.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("file", "plan.attachment.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        this.plan = plan;
        String base = fileName.strip().replace('\\', '/');
        this.fileName = base.substring(base.lastIndexOf('/') + 1);
        this.contentType = type;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** The content type for an allowed file name, else null. */
    public static String typeOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, fileName, contentType, size, uploadedBy, uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public AssistancePlan getPlan() {
        return plan;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
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
