package org.zjcs.shared.db;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a write conflict from other errors, anywhere in an exception's causes (EclipseLink's DatabaseException,
 * JPA's PersistenceException, JTA's RollbackException or Liberty's TransactionalException around it, an SQLException's
 * next exceptions, suppressed exceptions): an InnoDB deadlock on one server, or a Galera certification conflict found
 * at commit (the row locks of {@code SELECT … FOR UPDATE} are local to one Galera node: two writers on two nodes both
 * get their locks, and the second to commit fails). Both arrive as MySQL error 1213, SQLState 40001
 * ("Deadlock found when trying to get lock; try restarting transaction", or on Galera "WSREP detected
 * deadlock/conflict and aborted the transaction"). The whole transaction was rolled back: it may be run again.
 */
public final class Conflicts {

    /** The message key of the answer when every attempt conflicted (503, "try again"). */
    public static final String MESSAGE_KEY = "service.error.conflict";

    /** ER_LOCK_DEADLOCK: InnoDB deadlock and Galera certification failure alike. */
    static final int ER_LOCK_DEADLOCK = 1213;
    /** javax.transaction.xa.XAException.XA_RBDEADLOCK. */
    private static final int XA_RBDEADLOCK = 102;
    private static final int MAX_DEPTH = 40;

    private Conflicts() {
    }

    public static boolean isConflict(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return walk(error, seen, 0);
    }

    private static boolean walk(Throwable t, Map<Throwable, Boolean> seen, int depth) {
        if (t == null || depth > MAX_DEPTH || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (matches(t)) {
            return true;
        }
        if (t instanceof SQLException sql && walk(sql.getNextException(), seen, depth + 1)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (walk(s, seen, depth + 1)) {
                return true;
            }
        }
        return walk(internal(t), seen, depth + 1) || walk(t.getCause(), seen, depth + 1);
    }

    private static boolean matches(Throwable t) {
        if (t instanceof SQLTransactionRollbackException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            if (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        if (t instanceof javax.transaction.xa.XAException xa && xa.errorCode == XA_RBDEADLOCK) {
            return true;
        }
        if (t instanceof jakarta.persistence.PessimisticLockException) {
            return true; // EclipseLink's translation of a deadlock; the transaction is marked for rollback
        }
        String name = t.getClass().getName();
        if (name.endsWith("MySQLTransactionRollbackException") || name.endsWith("DeadlockLoserDataAccessException")) {
            return true;
        }
        String m = t.getMessage();
        return m != null && (m.contains("Deadlock found when trying to get lock")
                || m.contains("WSREP detected deadlock/conflict"));
    }

    /**
     * EclipseLink's exceptions keep the driver's error as their "internal exception" (which is also their cause in
     * current versions); read it by name so that no EclipseLink type is needed at compile time.
     */
    private static Throwable internal(Throwable t) {
        try {
            Object internal = t.getClass().getMethod("getInternalException").invoke(t);
            return internal instanceof Throwable i ? i : null;
        } catch (NoSuchMethodException e) {
            return null; // not EclipseLink's
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
