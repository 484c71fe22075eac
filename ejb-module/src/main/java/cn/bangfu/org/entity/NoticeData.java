package cn.bangfu.org.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * An inbox notice as pages and the API show it: its kind (e.g. {@code appraisal.selfAssessed}, null for the oldest notices),
 * {@code readAt} null while unread, {@code about} the record to open from it when there is one.
 */
public record NoticeData(Long id, String kind, String subject, String body, Instant createdAt, Instant readAt, NoticeAbout about)
        implements Serializable {

    public boolean unread() {
        return readAt == null;
    }
}
