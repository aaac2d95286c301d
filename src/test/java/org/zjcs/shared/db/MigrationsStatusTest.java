package org.zjcs.shared.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A node whose WAR knows fewer migrations than the database has applied is an older version and must not join. */
class MigrationsStatusTest {

    @Test
    void aSchemaNewerThanTheNodesNewestMigrationIsNamed() {
        assertTrue(new Migrations.Status("63", 0, "62").newerThanApplication());
        assertTrue(new Migrations.Status("100", 0, "62").newerThanApplication(), "compared as versions, not as text");
    }

    @Test
    void theSameOrAnOlderSchemaIsNot() {
        assertFalse(new Migrations.Status("62", 0, "62").newerThanApplication());
        assertFalse(new Migrations.Status("9", 53, "62").newerThanApplication(), "compared as versions, not as text");
        assertFalse(new Migrations.Status(null, 62, "62").newerThanApplication(), "an empty database");
    }
}
