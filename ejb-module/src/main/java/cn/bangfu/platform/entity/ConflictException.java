package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request clashes with the stored state: someone else changed the record first (stale version),
 * a code is taken, or the record is still in use.
 */
@ApplicationException(rollback = true)
public class ConflictException extends InvalidInputException {

    public ConflictException(FieldError error) {
        super(List.of(error));
    }
}
