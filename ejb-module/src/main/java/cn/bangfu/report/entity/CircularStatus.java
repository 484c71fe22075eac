package cn.bangfu.report.entity;

/** A circular is a DRAFT the office edits until it PUBLISHES it; a published one never changes. */
public enum CircularStatus {
    DRAFT, PUBLISHED
}
