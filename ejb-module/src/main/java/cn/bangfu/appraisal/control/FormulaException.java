package cn.bangfu.appraisal.control;

import cn.bangfu.platform.entity.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A formula that does not parse ({@code formula.empty}, {@code formula.tooLong}, {@code formula.unknownName},
 * {@code formula.syntax}) or cannot be evaluated ({@code formula.noValue}, {@code formula.divisionByZero},
 * {@code formula.notANumber}); {@link #key()} and {@link #args()} make its message in the user's language.
 */
@ApplicationException(rollback = true)
public class FormulaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FormulaProblem problem;

    public FormulaException(String key, Object... args) {
        this(FormulaProblem.of(key, args), null);
    }

    FormulaException(FormulaProblem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public String key() {
        return problem.key();
    }

    public List<Object> args() {
        return problem.args();
    }

    public FormulaProblem problem() {
        return problem;
    }

    /** The problem as the error of a field of a form or a request. */
    public FieldError at(String field) {
        return problem.at(field);
    }
}
