package cn.bangfu.org.entity;

import java.io.Serializable;
import java.time.Instant;

/** An inbox notice as pages and the API show it; {@code readAt} is null while unread. */
public record NoticeData(Long id, String subject, String body, Instant createdAt, Instant readAt) implements Serializable {

    public boolean unread() {
        return readAt == null;
    }
}
