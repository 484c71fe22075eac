package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.Instant;

/** An attachment of a plan without its bytes. */
public record AttachmentInfo(Long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {
}
