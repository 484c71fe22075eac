package cn.bangfu.inspection.entity;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.StateRefusal;
import java.util.List;

/** A step the rectification does not allow now, or not to this caller (409), with its state and the steps allowed instead. */
public class RectificationRefusedException extends ConflictException implements StateRefusal {

    private final String state;
    private final List<String> allowed;

    public RectificationRefusedException(RectificationAction action, RectificationState state, List<RectificationAction> allowed) {
        super(FieldError.of("action", "inspection.rectification.notAllowed", new Messages.Term("rectification.action." + action.name()),
                new Messages.Term("rectification.state." + state.name()), allowed.isEmpty() ? new Messages.Term("ledger.action.none")
                        : new Messages.Terms(allowed.stream().map(a -> "rectification.action." + a.name()).toList())));
        this.state = state.name();
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    @Override
    public String state() {
        return state;
    }

    @Override
    public List<String> allowed() {
        return allowed;
    }
}
