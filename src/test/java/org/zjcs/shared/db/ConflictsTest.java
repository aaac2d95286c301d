package org.zjcs.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.storage.Upload;

class ConflictsTest {

    private static final String INNODB = "Deadlock found when trying to get lock; try restarting transaction";
    private static final String GALERA = "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction";

    /** EclipseLink's DatabaseException keeps the driver's error as its "internal exception", not always as cause. */
    static final class FakeEclipseLinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Throwable internal;

        FakeEclipseLinkException(Throwable internal) {
            super("Exception [EclipseLink-4002]: org.eclipse.persistence.exceptions.DatabaseException");
            this.internal = internal;
        }

        public Throwable getInternalException() {
            return internal;
        }
    }

    @Test
    void innodbDeadlockInsideJpaAndJta() {
        SQLException driver = new SQLTransactionRollbackException(INNODB, "40001", 1213);
        Exception jpa = new PersistenceException(new FakeEclipseLinkException(driver));
        assertTrue(Conflicts.isConflict(jpa));
        assertTrue(Conflicts.isConflict(new TransactionalException("commit failed", jpa)));
    }

    @Test
    void byErrorCodeOrStateAlone() {
        assertTrue(Conflicts.isConflict(new SQLException("x", "HY000", 1213)));
        assertTrue(Conflicts.isConflict(new SQLException("serialization failure", "40001", 0)));
    }

    @Test
    void galeraCertificationConflictAtCommit() {
        RollbackException rollback = new RollbackException("the transaction was rolled back");
        rollback.initCause(new SQLException(GALERA, "40001", 1213));
        assertTrue(Conflicts.isConflict(new TransactionalException("commit", rollback)));
        // the driver's error only as a message text further down (a resource adapter's own exception)
        assertTrue(Conflicts.isConflict(new IllegalStateException("commit failed",
                new RuntimeException("J2CA0027E: ... " + GALERA))));
    }

    @Test
    void nextAndSuppressedExceptionsAreWalked() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException(INNODB, "40001", 1213));
        assertTrue(Conflicts.isConflict(new PersistenceException(batch)));
        IllegalStateException closing = new IllegalStateException("closing");
        closing.addSuppressed(new SQLTransactionRollbackException(INNODB));
        assertTrue(Conflicts.isConflict(closing));
    }

    @Test
    void otherErrorsAreNotConflicts() {
        assertFalse(Conflicts.isConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(Conflicts.isConflict(new SQLNonTransientConnectionException("Communications link failure", "08S01")));
        assertFalse(Conflicts.isConflict(new SQLException("Lock wait timeout exceeded; try restarting transaction",
                "HY000", 1205)));
        assertFalse(Conflicts.isConflict(new IllegalArgumentException("nothing to do with the database")));
        assertFalse(Conflicts.isConflict(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Conflicts.isConflict(a));
    }

    @Test
    void pausesGrowWithJitterAndStayCapped() {
        ConflictRetry r = ConflictRetry.standard();
        for (int i = 0; i < 200; i++) {
            long first = r.pauseMillis(1);
            assertTrue(first >= 5 && first <= 10, "first pause " + first);
            long third = r.pauseMillis(3);
            assertTrue(third >= 20 && third <= 40, "third pause " + third);
            long late = r.pauseMillis(30);
            assertTrue(late >= 100 && late <= 200, "capped pause " + late);
        }
        assertEquals(5, r.attempts());
    }

    @Test
    void callsWithUploadsAreNotRetried() {
        Upload upload = new Upload(new ByteArrayInputStream(new byte[1]), "a.pdf");
        assertTrue(RetryOnConflictInterceptor.readsStreams(new Object[] {1L, List.of(upload)}));
        assertTrue(RetryOnConflictInterceptor.readsStreams(new Object[] {new ByteArrayInputStream(new byte[0])}));
        assertFalse(RetryOnConflictInterceptor.readsStreams(new Object[] {1L, "x", List.of("a")}));
        assertFalse(RetryOnConflictInterceptor.readsStreams(null));
    }
}
