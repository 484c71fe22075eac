package cn.bangfu.appraisal.entity;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.StateRefusal;

import java.util.List;

/** A step the form does not allow now, or not to this caller (409), with its state and the steps the caller may take instead. */
public class AppraisalRefusedException extends ConflictException implements StateRefusal {

    private final String state;
    private final List<String> allowed;

    public AppraisalRefusedException(AppraisalAction action, AppraisalState state, List<AppraisalAction> allowed) {
        this(FieldError.of("action", "appraisal.notAllowed", new Messages.Term("appraisal.action." + action.name()),
                new Messages.Term("appraisal.state." + state.name()), terms(allowed)), state, allowed);
    }

    /** A refusal with its own reason (four eyes, the deadline, the publicity), still naming what the caller may do. */
    public AppraisalRefusedException(FieldError why, AppraisalState state, List<AppraisalAction> allowed) {
        super(why);
        this.state = state.name();
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    private static Object terms(List<AppraisalAction> allowed) {
        return allowed.isEmpty() ? new Messages.Term("ledger.action.none")
                : new Messages.Terms(allowed.stream().map(a -> "appraisal.action." + a.name()).toList());
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
