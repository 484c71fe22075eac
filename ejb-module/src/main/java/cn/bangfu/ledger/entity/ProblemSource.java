package cn.bangfu.ledger.entity;

/** Where a problem came from: a visit (走访), the enterprise itself, the office, the hotline (12345), an inspection (督查). */
public enum ProblemSource {
    VISIT, ENTERPRISE, OFFICE, HOTLINE, INSPECTION
}
