package org.zjcs.shared.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells the database being unreachable (refused, lost or closed connections; the pool finding no connection) from
 * other errors, anywhere in an exception's causes: an outage to answer with 503 {@code service.error.databaseUnavailable}
 * ("try again"), not a bug to answer with 500 (issue 14, item 7a; UnexpectedErrorMapper, DatabaseOutageFilter).
 */
public final class DatabaseOutage {

    public static final String MESSAGE_KEY = "service.error.databaseUnavailable";

    private DatabaseOutage() {
    }

    public static boolean isUnreachable(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 30; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith("StaleConnectionException")
                    || name.endsWith("ConnectionIsClosedException") || name.endsWith("ConnectionWaitTimeoutException")) {
                return true;
            }
            String m = t.getMessage();
            // "... after statement closed": the pool purged a broken connection (purgePolicy EntirePool) under a
            // request that was still using one of its statements (seen at a Galera node's kill in the fault test)
            if (t instanceof SQLException && m != null && (m.contains("Communications link failure")
                    || m.contains("No operations allowed after connection closed")
                    || m.contains("No operations allowed after statement closed"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return null;
    }
}
