package cn.bangfu.report.entity;

import java.io.Serializable;

/** What the office edits on a draft: title, 文号, issuer (落款) and the four narrative paragraphs, with the version read. */
public record CircularText(String title, String docNumber, String issuer, String summary, String praise, String criticism,
                           String requirements, Long version) implements Serializable {
}
