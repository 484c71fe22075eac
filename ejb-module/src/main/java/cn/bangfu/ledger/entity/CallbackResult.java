package cn.bangfu.ledger.entity;

/** What the enterprise said when the office called back (回访): the problem is solved, it is not, or nobody answered. */
public enum CallbackResult {
    SOLVED, UNSOLVED, UNREACHABLE
}
