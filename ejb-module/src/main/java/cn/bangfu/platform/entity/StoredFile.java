package cn.bangfu.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A file kept in the database (one copy for a whole cluster, portable across H2 and PostgreSQL), as plans and
 * problems attach them: at most {@link #MAX_BYTES}, of the kinds in {@link #TYPES} by extension, never empty, with
 * who uploaded it and when. The columns are the same in every table that embeds it.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int NAME_MAX = 255;
    /** Allowed file kinds by extension, with the content type served. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

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

    protected StoredFile() {
    }

    /** A checked file: a known kind by extension, not empty, not above the size cap (400 on the field "file" otherwise). */
    public static StoredFile checked(String fileName, byte[] content, String uploadedBy, Instant now) {
        String type = typeOf(fileName);
        if (type == null) {
            throw new InvalidInputException(FieldError.of("file", "attachment.type", fileName == null ? "" : fileName));
        }
        if (Text.longerThan(fileName.strip(), NAME_MAX)) {
            throw new InvalidInputException(FieldError.of("file", "field.tooLong", NAME_MAX));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FieldError.of("file", "attachment.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("file", "attachment.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        StoredFile f = new StoredFile();
        String base = fileName.strip().replace('\\', '/');
        f.fileName = base.substring(base.lastIndexOf('/') + 1);
        f.contentType = type;
        f.size = content.length;
        f.content = content;
        f.uploadedBy = uploadedBy;
        f.uploadedAt = now;
        return f;
    }

    /** The content type for an allowed file name, else null. */
    public static String typeOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** The file without its bytes, as the record that holds it ({@code id}) lists it. */
    public AttachmentInfo info(Long id) {
        return new AttachmentInfo(id, fileName, contentType, size, uploadedBy, uploadedAt);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
