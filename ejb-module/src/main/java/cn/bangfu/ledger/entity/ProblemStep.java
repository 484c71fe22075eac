package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One transition a user asks for ({@code POST …/problems/{id}/events}): the action and what it needs. ROUTE: {@code
 * unitCode} and {@code assistingUnits} (codes); SEND_BACK, REOPEN, PAUSE, ESCALATE, WITHDRAW, REJECT_EXTENSION: {@code
 * reason}; RESOLVE: {@code answer}; REQUEST_EXTENSION: {@code newDeadline} and {@code reason}; RATE: {@code rating}
 * and {@code comment}. {@code version}, when sent, must be the one read (409 when stale).
 */
public record ProblemStep(String action, String unitCode, List<String> assistingUnits, String reason, String answer,
                          LocalDate newDeadline, String rating, String comment, Long version) implements Serializable {

    public ProblemStep {
        assistingUnits = assistingUnits == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(assistingUnits));
    }

    public static ProblemStep of(ProblemAction action, Long version) {
        return new ProblemStep(action.name(), null, null, null, null, null, null, null, version);
    }
}
