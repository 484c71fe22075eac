package cn.bangfu.ledger.entity;

/** The enterprise's rating of a resolution: 满意, 基本满意, 不满意. The first two count as satisfied. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
