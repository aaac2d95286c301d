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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchKind;

/**
 * The index's reads of notices, plain SELECTs on their own auto-commit connection (no JPA, no transaction of
 * anyone else's, nothing written): a notice with its owner unit's and service item's names as a {@link SearchDocument} (empty when it is
 * not public), the public notices in keyset batches (the rebuild), their count (the health check).
 * Amount: the fixed price, else the price ceiling; summary: the service content and the project scale.
 * <p>Announcements ride on the notice's change-log row ({@code NOTICE}: procurement writes one for every announcement):
 * each announcement of a public notice other than its publication (the publication is the notice document itself) is
 * a document of kind ANNOUNCEMENT with the notice's title, owner, service item and region, the announcement's kind
 * (detail), time and reason, linking to the notice page's announcement list.
 */
@ApplicationScoped
public class NoticeRows implements KindRows {

    private static final String ANNOUNCEMENTS = "SELECT a.id, a.notice_id, a.kind, a.published_at, a.reason"
            + " FROM announcement a WHERE a.kind <> 'PUBLICATION' AND a.notice_id IN (%s) ORDER BY a.notice_id, a.id";

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

    @Override
    public String entity() {
        return IndexUpdates.NOTICE;
    }

    @Override
    public List<IndexedDocument> documents(long id) {
        Optional<SearchDocument> n = notice(id);
        if (n.isEmpty()) {
            return List.of();
        }
        return withAnnouncements(List.of(n.get()));
    }

    @Override
    public Batch after(long afterId, int limit) {
        List<SearchDocument> notices = publicAfter(afterId, limit);
        if (notices.isEmpty()) {
            return new Batch(List.of(), -1);
        }
        return new Batch(withAnnouncements(notices), notices.get(notices.size() - 1).noticeId());
    }

    @Override
    public Map<SearchKind, Long> publicCounts() {
        Map<SearchKind, Long> out = new EnumMap<>(SearchKind.class);
        out.put(SearchKind.NOTICE, publicCount());
        out.put(SearchKind.ANNOUNCEMENT, single("SELECT COUNT(*) FROM announcement a JOIN notice n ON n.id = a.notice_id"
                + " WHERE a.kind <> 'PUBLICATION' AND" + PUBLIC));
        return out;
    }

    /** The notices' documents, each followed by its announcements' (other than the publication). */
    List<IndexedDocument> withAnnouncements(List<SearchDocument> notices) {
        Map<Long, List<IndexedDocument>> byNotice = announcements(notices);
        List<IndexedDocument> out = new ArrayList<>();
        for (SearchDocument n : notices) {
            out.add(n.indexed());
            out.addAll(byNotice.getOrDefault(n.noticeId(), List.of()));
        }
        return out;
    }

    /** The announcements of these public notices other than their publication, by notice id. */
    protected Map<Long, List<IndexedDocument>> announcements(List<SearchDocument> notices) {
        Map<Long, SearchDocument> byId = new HashMap<>();
        notices.forEach(n -> byId.put(n.noticeId(), n));
        String marks = String.join(",", java.util.Collections.nCopies(notices.size(), "?"));
        Map<Long, List<IndexedDocument>> out = new HashMap<>();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(String.format(ANNOUNCEMENTS, marks))) {
            int i = 1;
            for (SearchDocument n : notices) {
                ps.setLong(i++, n.noticeId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SearchDocument n = byId.get(rs.getLong(2));
                    LocalDateTime at = rs.getObject(4, LocalDateTime.class);
                    out.computeIfAbsent(n.noticeId(), k -> new ArrayList<>()).add(announcement(n, rs.getLong(1),
                            rs.getString(3), at == null ? n.publishedAt() : at.toInstant(ZoneOffset.UTC),
                            rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading announcements for the search index failed", e);
        }
    }

    /** The document of one announcement of a public notice. */
    static IndexedDocument announcement(SearchDocument n, long id, String kind, java.time.Instant at, String reason) {
        return new IndexedDocument(SearchKind.ANNOUNCEMENT, id,
                IndexedDocument.source(IndexUpdates.NOTICE, n.noticeId()), n.title(), reason, n.ownerName(),
                List.of(n.serviceItemCode()), n.serviceItemName(), n.regionCode(), "", "", "", kind, at, null,
                "/notice.xhtml?id=" + n.noticeId() + "#announcements", false);
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

    long single(String sql) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading counts for the search index failed", e);
        }
    }

    Connection connection() throws SQLException {
        // plain auto-commit SELECTs; not setReadOnly: the flag would stay on the pooled connection for the next user
        return dataSource.getConnection();
    }
}
