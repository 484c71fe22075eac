package cn.bangfu.appraisal.entity;

/** A scheme is a DRAFT while the evaluators edit it; PUBLISHED freezes it, and a later change is a new version. */
public enum SchemeStatus {
    DRAFT, PUBLISHED
}
