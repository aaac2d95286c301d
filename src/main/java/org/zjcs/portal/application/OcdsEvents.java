package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.zjcs.portal.domain.OcdsCursor;
import org.zjcs.portal.domain.OcdsEvent;
import org.zjcs.portal.domain.OcdsEvent.Source;

/**
 * Reads the public events of the notices that become OCDS releases (docs/open-data.md), from three tables whose rows
 * never change once written: {@code announcement} (by {@code published_at}), the confirmed {@code contract_version}
 * (by {@code answered_at}), the deliverable versions the owner accepted ({@code deliverable.answered_at}), the approved
 * service-period extensions ({@code contract_extension.answered_at}) and the completions (a PASSED version at its last
 * {@code deliverable_check.checked_at}). The feed
 * order is (time, source, id); a page reads at most {@code limit} rows of each source after the cursor, each through
 * its time index ({@code ix_announcement_published} of V12, {@code ix_contract_version_answered} and
 * {@code ix_deliverable_answered} of V46, which InnoDB extends by the primary key), merges them and keeps the first
 * {@code limit}: no OFFSET, no COUNT. The extensions and the completions have no index on their time yet (no
 * migration in issue 18's slice; docs/open-data.md, "Paging the feed"): those two sources are small (at most a few
 * rows per notice) but are scanned. A notice is public when published and not a draft (as on the notice page).
 */
@ApplicationScoped
@Transactional
public class OcdsEvents {

    private static final String PUBLIC = " JOIN notice n ON n.id = x.notice_id WHERE n.published_at IS NOT NULL"
            + " AND n.status <> 'DRAFT'";
    private static final String ANNOUNCEMENTS = "SELECT x.id, x.notice_id, n.owner_id, x.published_at, x.kind, x.reason,"
            + " x.changes, x.content FROM announcement x" + PUBLIC;
    private static final String CONTRACTS = "SELECT x.id, x.notice_id, n.owner_id, x.answered_at, x.revision,"
            + " x.winner_firm_id, x.amount, x.service_start, x.service_end FROM contract_version x" + PUBLIC
            + " AND x.status = 'CONFIRMED' AND x.answered_at IS NOT NULL";
    private static final String DELIVERABLES = "SELECT x.id, x.notice_id, n.owner_id, x.answered_at, x.revision, x.due_at"
            + " FROM deliverable x" + PUBLIC + " AND x.status IN ('ACCEPTED','PASSED','RETURNED_BY_APPROVER')"
            + " AND x.answered_at IS NOT NULL";
    private static final String EXTENSIONS = "SELECT x.id, x.notice_id, n.owner_id, x.answered_at, x.sequence_no,"
            + " x.contract_id, x.requested_end FROM contract_extension x" + PUBLIC
            + " AND x.status = 'APPROVED' AND x.answered_at IS NOT NULL";
    /** A passed version, at its last department check (the one that completed the notice; ties by department id). */
    private static final String COMPLETIONS = "SELECT x.id, x.notice_id, n.owner_id, c.checked_at, x.revision"
            + " FROM deliverable x JOIN deliverable_check c ON c.deliverable_id = x.id" + PUBLIC
            + " AND x.status = 'PASSED' AND NOT EXISTS (SELECT 1 FROM deliverable_check l WHERE l.deliverable_id = x.id"
            + " AND (l.checked_at > c.checked_at OR (l.checked_at = c.checked_at AND l.department_id > c.department_id)))";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /**
     * The events after {@code after} (null: from the first), at or after {@code from} and before {@code to} (null: no
     * bound), in feed order, at most {@code limit}.
     */
    public List<OcdsEvent> page(OcdsCursor after, Instant from, Instant to, int limit) {
        List<OcdsEvent> all = new ArrayList<>();
        all.addAll(read(ANNOUNCEMENTS, "x.published_at", Source.ANNOUNCEMENT, after, from, to, limit));
        all.addAll(read(CONTRACTS, "x.answered_at", Source.CONTRACT, after, from, to, limit));
        all.addAll(read(DELIVERABLES, "x.answered_at", Source.DELIVERABLE, after, from, to, limit));
        all.addAll(read(EXTENSIONS, "x.answered_at", Source.EXTENSION, after, from, to, limit));
        all.addAll(read(COMPLETIONS, "c.checked_at", Source.COMPLETION, after, from, to, limit));
        all.sort((a, b) -> a.cursor().compareTo(b.cursor()));
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /** Every event of these notices (public ones only), in no particular order. */
    public List<OcdsEvent> ofNotices(Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return List.of();
        }
        String in = " AND x.notice_id IN (" + String.join(",", Collections.nCopies(noticeIds.size(), "?")) + ")";
        List<Object> args = new ArrayList<>(noticeIds);
        List<OcdsEvent> all = new ArrayList<>();
        all.addAll(rows(ANNOUNCEMENTS + in, args, Source.ANNOUNCEMENT));
        all.addAll(rows(CONTRACTS + in, args, Source.CONTRACT));
        all.addAll(rows(DELIVERABLES + in, args, Source.DELIVERABLE));
        all.addAll(rows(EXTENSIONS + in, args, Source.EXTENSION));
        all.addAll(rows(COMPLETIONS + in, args, Source.COMPLETION));
        return all;
    }

    /** Whether the public may read the notice (published, not a draft). */
    public boolean isPublic(long noticeId) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM notice WHERE id = ? AND published_at IS NOT NULL"
                + " AND status <> 'DRAFT'").setParameter(1, noticeId).getSingleResult();
        return n.longValue() > 0;
    }

    private List<OcdsEvent> read(String base, String time, Source source, OcdsCursor after, Instant from, Instant to,
                                 int limit) {
        StringBuilder sql = new StringBuilder(base);
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND ").append(time).append(" >= ?");
            args.add(utc(from));
        }
        if (to != null) {
            sql.append(" AND ").append(time).append(" < ?");
            args.add(utc(to));
        }
        if (after != null) {
            int order = source.compareTo(after.source());
            if (order > 0) {
                sql.append(" AND ").append(time).append(" >= ?");
                args.add(utc(after.at()));
            } else if (order < 0) {
                sql.append(" AND ").append(time).append(" > ?");
                args.add(utc(after.at()));
            } else {
                sql.append(" AND (").append(time).append(" > ? OR (").append(time).append(" = ? AND x.id > ?))");
                args.add(utc(after.at()));
                args.add(utc(after.at()));
                args.add(after.id());
            }
        }
        sql.append(" ORDER BY ").append(time).append(", x.id LIMIT ?");
        args.add(limit);
        return rows(sql.toString(), args, source);
    }

    @SuppressWarnings("unchecked")
    private List<OcdsEvent> rows(String sql, List<Object> args, Source source) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<OcdsEvent> events = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            long id = num(r[0]);
            long notice = num(r[1]);
            long owner = num(r[2]);
            Instant at = instant(r[3]);
            events.add(switch (source) {
                case ANNOUNCEMENT -> new OcdsEvent.Announcement(id, notice, owner, at, (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7]);
                case CONTRACT -> new OcdsEvent.Contract(id, notice, owner, at, (int) num(r[4]), num(r[5]), (BigDecimal) r[6],
                        date(r[7]), date(r[8]));
                case DELIVERABLE -> new OcdsEvent.Deliverable(id, notice, owner, at, (int) num(r[4]), instant(r[5]));
                case EXTENSION -> new OcdsEvent.Extension(id, notice, owner, at, (int) num(r[4]), num(r[5]), date(r[6]));
                case COMPLETION -> new OcdsEvent.Completion(id, notice, owner, at, (int) num(r[4]));
            });
        }
        return events;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static LocalDate date(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date value " + o);
    }

    private static Instant instant(Object o) {
        return PublicResults.instant(o);
    }
}
