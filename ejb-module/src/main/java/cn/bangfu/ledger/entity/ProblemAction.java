package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;

/**
 * What happens to a problem: each is one {@link ProblemEvent}. REGISTER is the first event of every problem
 * (and IMPORT that of one read from an existing ledger); the others are the transitions a user asks for.
 */
public enum ProblemAction {
    REGISTER, IMPORT, ROUTE, ACCEPT, SEND_BACK, RESOLVE, CLOSE, REOPEN, PAUSE, RESUME, ESCALATE, WITHDRAW,
    REQUEST_EXTENSION, APPROVE_EXTENSION, REJECT_EXTENSION, RATE;

    /** The actions a user asks for through {@code POST …/events}; REGISTER and IMPORT are not among them. */
    public boolean requested() {
        return this != REGISTER && this != IMPORT;
    }

    public static ProblemAction of(String value) {
        return Codes.parse(ProblemAction.class, value);
    }
}
