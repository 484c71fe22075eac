package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One event of a problem's history as pages and the API show it: {@code actor} the login, {@code actorName} the account's name. */
public record ProblemEventData(Long id, String action, String from, String to, String actor, String actorName, Instant at, String reason,
                               String note, boolean imported, List<AttachmentInfo> attachments) implements Serializable {
}
