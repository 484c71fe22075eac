package cn.bangfu.appraisal.control;

import cn.bangfu.platform.entity.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a formula, as a key of the domain bundle ({@code formula.*}) and the arguments of its message, so it
 * reads in Chinese or English ({@link cn.bangfu.platform.entity.Messages#get}); arguments may be words of the bundle
 * ({@link cn.bangfu.platform.entity.Messages.Term}), such as the representative case it happened in.
 */
public record FormulaProblem(String key, List<Object> args) implements Serializable {

    public FormulaProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FormulaProblem of(String key, Object... args) {
        return new FormulaProblem(key, List.of(args));
    }

    /** The problem as the error of a field of a form or a request ({@code indicators[0].formula}). */
    public FieldError at(String field) {
        return FieldError.of(field, key, args.toArray());
    }
}
