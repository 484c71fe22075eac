package cn.bangfu.inspection.entity;

import cn.bangfu.platform.entity.Identity;
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

/**
 * A photo taken on site for a finding, or as evidence of its rectification (then {@link #getRectification()} is set). The
 * bytes lie in a file under the data directory; the row keeps where, the checked type and size, and the SHA-256 every
 * read is verified against.
 */
@Entity
@Table(name = "inspection_photo")
@NamedQuery(name = InspectionPhoto.COUNT_OF_FINDING, query = "select count(p) from InspectionPhoto p where p.finding = :finding"
        + " and p.rectification is null")
@NamedQuery(name = InspectionPhoto.EVIDENCE_OF, query = "select p.id from InspectionPhoto p where p.rectification = :rectification order by p.id")
public class InspectionPhoto {

    public static final String COUNT_OF_FINDING = "InspectionPhoto.countOfFinding";
    public static final String EVIDENCE_OF = "InspectionPhoto.evidenceOf";
    /** At most this many photos to a finding, and as many as evidence of its rectification. */
    public static final int MAX_PER_RECORD = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id", nullable = false, updatable = false)
    private Finding finding;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rectification_id", updatable = false)
    private Rectification rectification;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "stored_path", nullable = false, updatable = false)
    private String storedPath;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected InspectionPhoto() {
    }

    public InspectionPhoto(Finding finding, Rectification rectification, StoredPhoto stored, String uploadedBy, Instant uploadedAt) {
        this.finding = finding;
        this.rectification = rectification;
        this.contentType = stored.contentType();
        this.size = stored.size();
        this.width = stored.width();
        this.height = stored.height();
        this.sha256 = stored.sha256();
        this.storedPath = stored.path();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public StoredPhoto stored() {
        return new StoredPhoto(storedPath, contentType, size, width, height, sha256);
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public Rectification getRectification() {
        return rectification;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, InspectionPhoto::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
