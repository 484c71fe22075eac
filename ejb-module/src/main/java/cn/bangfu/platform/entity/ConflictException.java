package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;
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

    /**
     * Whether a failure is a lost update that slipped past the boundary's version check: two saves
     * read the same version and the database refused the second. The container wraps it (EJB,
     * transaction, Faces), so the whole cause chain is searched; EclipseLink's own exception of the
     * same name is matched by name because the API does not depend on the provider.
     */
    public static boolean lostUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
