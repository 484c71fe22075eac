package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.Instant;

/** A comment on a plan: the commenting unit (null for the office), who wrote it, what, when. */
public record CommentData(Long id, String unit, String unitName, String author, String text, Instant createdAt) implements Serializable {
}
