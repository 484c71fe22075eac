package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One event of a problem's history as pages and the API show it. */
public record ProblemEventData(Long id, String action, String from, String to, String actor, Instant at, String reason, String note,
                               boolean imported, List<AttachmentInfo> attachments) implements Serializable {
}
