package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import java.io.Serializable;
import java.time.Instant;

/** An attachment of a problem without its bytes, with the event it came with (null for one of the problem itself). */
public record ProblemFile(Long eventId, Long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {

    public AttachmentInfo info() {
        return new AttachmentInfo(id, fileName, contentType, size, uploadedBy, uploadedAt);
    }
}
