package org.zjcs.search.infrastructure;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Plain auto-commit SELECTs of the rows readers (no JPA, no transaction of anyone else's, nothing written). */
abstract class SqlReads {

    @Resource(lookup = "jdbc/zjcs")
    DataSource dataSource;

    /** One row mapped. */
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading rows for the search index failed: " + getClass().getSimpleName(), e);
        }
    }

    long count(String sql) {
        return list(sql, rs -> rs.getLong(1)).get(0);
    }

    /** {@code ?,?,?} for an IN list of n values. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
