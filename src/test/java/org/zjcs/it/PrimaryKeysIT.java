package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;

/**
 * Galera fit (issue 19, docs/scaling.md, "Galera"): after every migration and the demo data, each table of the
 * schema has a primary key and is InnoDB. Galera replicates rows by their key (a DELETE or UPDATE on a table without
 * one replays as a full scan on every node, or fails under {@code innodb_force_primary_key}, which scripts/cluster
 * sets) and replicates only InnoDB tables.
 */
class PrimaryKeysIT {

    @Test
    void everyTableHasAPrimaryKey() throws Exception {
        List<String> tables = strings("""
                SELECT t.table_name FROM information_schema.tables t
                 WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' ORDER BY t.table_name""");
        assertTrue(tables.size() > 50, "the schema is migrated (tables: " + tables + ")");
        assertTrue(tables.contains("audit_entry") && tables.contains("flyway_schema_history")
                && tables.contains("flyway_demo_history"), "the application's and Flyway's tables are looked at: " + tables);
        List<String> withoutKey = strings("""
                SELECT t.table_name FROM information_schema.tables t
                 WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                   AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                      AND c.constraint_type = 'PRIMARY KEY')
                 ORDER BY t.table_name""");
        assertEquals(List.of(), withoutKey, "tables without a primary key (Galera needs one on every table)");
    }

    @Test
    void everyTableIsInnoDb() throws Exception {
        List<String> notInnoDb = strings("""
                SELECT CONCAT(t.table_name, ' ', t.engine) FROM information_schema.tables t
                 WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND t.engine <> 'InnoDB'
                 ORDER BY t.table_name""");
        assertEquals(List.of(), notInnoDb, "tables Galera would not replicate (not InnoDB)");
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = It.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
