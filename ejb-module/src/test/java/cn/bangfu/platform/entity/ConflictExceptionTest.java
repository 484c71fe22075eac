package cn.bangfu.platform.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

class ConflictExceptionTest {

    /** Stands in for org.eclipse.persistence.exceptions.OptimisticLockException, which is not on this module's class path. */
    static class OptimisticLockExceptionOfTheProvider extends RuntimeException {
    }

    @Test
    void aLostUpdateIsFoundHoweverDeepTheContainerWrappedIt() {
        var flush = new EJBTransactionRolledbackException("flush", new OptimisticLockException("row changed"));
        assertTrue(ConflictException.lostUpdate(flush));
        assertTrue(ConflictException.lostUpdate(new FacesException(new IllegalStateException(flush))));
    }

    @Test
    void theProvidersOwnExceptionAtCommitCountsToo() {
        class OptimisticLockException extends RuntimeException {
        }
        var commit = new EJBTransactionRolledbackException("commit", new RollbackException(new OptimisticLockException()));
        assertTrue(ConflictException.lostUpdate(commit));
    }

    @Test
    void otherFailuresAreNotLostUpdates() {
        assertFalse(ConflictException.lostUpdate(new EJBTransactionRolledbackException("constraint", new RollbackException("unique"))));
        assertFalse(ConflictException.lostUpdate(new OptimisticLockExceptionOfTheProvider()));
        assertFalse(ConflictException.lostUpdate(null));
    }
}
