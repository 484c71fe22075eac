package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.time.Instant;

/** A stored file (a plan's or a problem's attachment) without its bytes. */
public record AttachmentInfo(Long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {
}
