package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;

/** The caller's role may not do this. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String what) {
        super(what);
    }
}
