package org.zjcs.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures count as "the database is unreachable" (503, try again) rather than a bug (500). */
class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.isUnreachable(new RuntimeException("wrapped",
                new IllegalStateException(new SQLNonTransientConnectionException("closed")))));
        assertTrue(DatabaseOutage.isUnreachable(new SQLException("Communications link failure", "08S01")));
        SQLException chained = new SQLException("batch failed", "HY000");
        chained.setNextException(new SQLException("refused", "08001"));
        assertTrue(DatabaseOutage.isUnreachable(chained), "also through getNextException");
    }

    @Test
    void aStatementClosedUnderTheRequestByThePoolsPurgeIsAnOutage() {
        // Connector/J's message (SQLState S1009) when the pool destroyed the connection of a statement still in use
        assertTrue(DatabaseOutage.isUnreachable(new RuntimeException(
                new SQLException("No operations allowed after statement closed.", "S1009"))));
        assertFalse(DatabaseOutage.isUnreachable(new SQLException("Parameter index out of range", "S1009")),
                "other errors of the same SQLState are bugs");
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseOutage.isUnreachable(new SQLIntegrityConstraintViolationException("duplicate", "23000")));
        assertFalse(DatabaseOutage.isUnreachable(new NullPointerException()));
        assertFalse(DatabaseOutage.isUnreachable(new SQLException("syntax", "42000")));
    }
}
