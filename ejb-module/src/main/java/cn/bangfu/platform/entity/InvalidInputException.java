package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a rule; carries every field error found, not only the first. Nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
