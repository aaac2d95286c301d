package org.zjcs.procurement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;

/** Persistence of notices and their announcements, and the public search. */
@ApplicationScoped
@Transactional
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Notice notice) {
        em.persist(notice);
        em.flush();
    }

    @Override
    public void add(Announcement announcement) {
        em.persist(announcement);
        em.flush();
    }

    @Override
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    /** The notice locked for update until the transaction ends: state changes of one notice line up. */
    @Override
    public Optional<Notice> lock(long id) {
        return Optional.ofNullable(em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Published notices whose deadline and announced ones whose publicity period ends at or before {@code until}. */
    @Override
    public List<Due> dueUntil(Instant until) {
        List<Due> due = new ArrayList<>();
        em.createQuery("SELECT n.id, n.enrolmentDeadline FROM Notice n WHERE n.status = :s AND n.enrolmentDeadline <= :t",
                Object[].class).setParameter("s", NoticeStatus.PUBLISHED).setParameter("t", until).getResultList()
                .forEach(r -> due.add(new Due((Long) r[0], (Instant) r[1])));
        em.createQuery("SELECT n.id, n.publicityEndsAt FROM Notice n WHERE n.status = :s AND n.publicityEndsAt <= :t",
                Object[].class).setParameter("s", NoticeStatus.ANNOUNCED).setParameter("t", until).getResultList()
                .forEach(r -> due.add(new Due((Long) r[0], (Instant) r[1])));
        return due;
    }

    @Override
    public List<Notice> ofOwner(long ownerId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.ownerId = :o ORDER BY n.updatedAt DESC, n.id DESC", Notice.class)
                .setParameter("o", ownerId).getResultList();
    }

    @Override
    public List<Notice> ofCreator(long ownerId, long userId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.ownerId = :o AND n.createdByUser = :u "
                + "ORDER BY n.updatedAt DESC, n.id DESC", Notice.class).setParameter("o", ownerId).setParameter("u", userId)
                .getResultList();
    }

    @Override
    public List<Announcement> announcements(long noticeId) {
        return em.createNamedQuery("Announcement.ofNotice", Announcement.class).setParameter("notice", noticeId).getResultList();
    }

    /**
     * A page of the public list by keyset: the public notices after {@code cursor} (or before it when {@code backwards})
     * in the order newest published first, ties broken by the higher id, at most {@code limit} rows, always returned
     * in that order. One query, owner names joined; no OFFSET, no COUNT: the cursor seeks into the
     * (filter, published_at, id) indexes of V22.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<PublicRow> publicRows(PublicFilter f, Instant cursorAt, Long cursorId, boolean backwards, int limit) {
        StringBuilder sql = new StringBuilder("SELECT n.id, n.title, n.owner_id, o.name, n.service_item_id, n.region_code,"
                + " n.selection_method, n.status, n.published_at, n.enrolment_deadline"
                + " FROM notice n JOIN organisation o ON o.id = n.owner_id"
                + " WHERE n.published_at IS NOT NULL AND n.status <> 'DRAFT'");
        List<Object> args = new ArrayList<>();
        if (f.serviceItemId() != null) {
            sql.append(" AND n.service_item_id = ?");
            args.add(f.serviceItemId());
        }
        if (f.regionPrefix() != null && !f.regionPrefix().isBlank()) {
            sql.append(" AND n.province_code = ?");
            args.add(f.regionPrefix());
        }
        if (f.method() != null) {
            sql.append(" AND n.selection_method = ?");
            args.add(f.method().name());
        }
        if (f.status() != null && f.status() != NoticeStatus.DRAFT) {
            sql.append(" AND n.status = ?");
            args.add(f.status().name());
        }
        if (f.publishedFrom() != null) {
            sql.append(" AND n.published_at >= ?");
            args.add(utc(f.publishedFrom()));
        }
        if (f.publishedBefore() != null) {
            sql.append(" AND n.published_at < ?");
            args.add(utc(f.publishedBefore()));
        }
        if (cursorAt != null && cursorId != null) {
            String cmp = backwards ? ">" : "<";
            sql.append(" AND (n.published_at ").append(cmp).append(" ? OR (n.published_at = ? AND n.id ").append(cmp)
                    .append(" ?))");
            args.add(utc(cursorAt));
            args.add(utc(cursorAt));
            args.add(cursorId);
        }
        String dir = backwards ? "ASC" : "DESC";
        sql.append(" ORDER BY n.published_at ").append(dir).append(", n.id ").append(dir).append(" LIMIT ?");
        args.add(limit);
        jakarta.persistence.Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<PublicRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new PublicRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), (String) r[5], SelectionMethod.valueOf((String) r[6]),
                    NoticeStatus.valueOf((String) r[7]), instant(r[8]), instant(r[9])));
        }
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    private static java.time.LocalDateTime utc(Instant t) {
        return java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + v.getClass());
    }
}
