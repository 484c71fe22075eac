package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * No such record for this caller: it does not exist, or it lies outside the caller's scope.
 * The two are deliberately indistinguishable.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id);
    }
}
