package cn.bangfu.org.entity;

/** A notice's subject and body, in one language. */
public record NoticeText(String subject, String body) {
}
