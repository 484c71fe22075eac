package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.StateRefusal;
import java.util.List;

/**
 * An action the problem does not allow now (409): it carries the current state and the actions the caller may take
 * instead, so a client can tell the user what to do.
 */
public class TransitionRefusedException extends ConflictException implements StateRefusal {

    private final String state;
    private final List<String> allowed;

    public TransitionRefusedException(ProblemAction action, ProblemState state, List<ProblemAction> allowed) {
        super(FieldError.of("action", "ledger.action.notAllowed", new Messages.Term("ledger.action." + action.name()),
                new Messages.Term("ledger.state." + state.name()), allowed.isEmpty() ? new Messages.Term("ledger.action.none")
                        : new Messages.Terms(allowed.stream().map(a -> "ledger.action." + a.name()).toList())));
        this.state = state.name();
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    public String state() {
        return state;
    }

    public List<String> allowed() {
        return allowed;
    }
}
