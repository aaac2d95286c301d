package org.zjcs.search.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.infrastructure.IndexUpdates.Change;

/**
 * The index's reads of the database, plain SELECTs on their own auto-commit connection (no JPA, no transaction of
 * anyone else's, nothing written): a notice with its owner unit's and service item's names as a {@link SearchDocument} (empty when it is
 * not public), the public notices in keyset batches (the rebuild), their count (the health check) and the change log.
 * Amount: the fixed price, else the price ceiling; summary: the service content and the project scale.
 */
@ApplicationScoped
public class NoticeRows {

    private static final String SELECT = "SELECT n.id, n.title, o.name, si.code, si.name_zh, n.region_code,"
            + " n.selection_method, n.status, n.fund_source, n.published_at, n.fixed_price, n.price_ceiling,"
            + " n.service_content, n.project_scale"
            + " FROM notice n JOIN organisation o ON o.id = n.owner_id JOIN service_item si ON si.id = n.service_item_id";
    private static final String PUBLIC = " n.status <> 'DRAFT' AND n.published_at IS NOT NULL";

    @Resource(lookup = "jdbc/zjcs")
    DataSource dataSource;

    /** The notice's document, or empty when it is a draft, was never published or does not exist. */
    public Optional<SearchDocument> notice(long id) {
        List<SearchDocument> found = documents(SELECT + " WHERE n.id = ?", id, 1);
        return found.stream().findFirst();
    }

    /** Up to {@code limit} public notices with an id above {@code afterId}, by id. */
    public List<SearchDocument> publicAfter(long afterId, int limit) {
        return documents(SELECT + " WHERE n.id > ? AND" + PUBLIC + " ORDER BY n.id LIMIT " + limit, afterId, limit);
    }

    /** How many notices are public (what the index should hold). */
    public long publicCount() {
        return single("SELECT COUNT(*) FROM notice n WHERE" + PUBLIC);
    }

    /** The highest id of the change log, 0 when it is empty. */
    public long lastChangeId() {
        return single("SELECT COALESCE(MAX(id), 0) FROM change_log");
    }

    /** Up to {@code limit} rows of the change log after {@code afterId}, by id. */
    public List<Change> changesAfter(long afterId, int limit) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, entity, entity_id FROM change_log WHERE id > ? ORDER BY id LIMIT " + limit)) {
            ps.setLong(1, afterId);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the change log failed", e);
        }
    }

    private List<SearchDocument> documents(String sql, long arg, int limit) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            List<SearchDocument> out = new ArrayList<>(Math.min(limit, 1000));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    document(rs).ifPresent(out::add);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading notices for the search index failed", e);
        }
    }

    private static Optional<SearchDocument> document(ResultSet rs) throws SQLException {
        LocalDateTime published = rs.getObject(10, LocalDateTime.class);
        BigDecimal fixed = rs.getBigDecimal(11);
        BigDecimal ceiling = rs.getBigDecimal(12);
        String content = rs.getString(13);
        String scale = rs.getString(14);
        String summary = (content == null ? "" : content) + (scale == null || scale.isBlank() ? "" : "\n" + scale);
        return SearchDocument.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), SelectionMethod.valueOf(rs.getString(7)), NoticeStatus.valueOf(rs.getString(8)),
                FundSource.valueOf(rs.getString(9)), published == null ? null : published.toInstant(ZoneOffset.UTC),
                fixed != null ? fixed : ceiling, summary);
    }

    private long single(String sql) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading counts for the search index failed", e);
        }
    }

    private Connection connection() throws SQLException {
        // plain auto-commit SELECTs; not setReadOnly: the flag would stay on the pooled connection for the next user
        return dataSource.getConnection();
    }
}
