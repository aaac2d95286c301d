package org.zjcs.procurement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;

/** Persistence of notices and their announcements, and the public search. */
@ApplicationScoped
@Transactional
public class NoticeRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    /** The filters of the public list; null means "any". */
    public record PublicFilter(Long serviceItemId, String regionPrefix, SelectionMethod method, NoticeStatus status,
                               Instant publishedFrom, Instant publishedBefore) {
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    /** The notice locked for update until the transaction ends: state changes of one notice line up. */
    public Optional<Notice> lock(long id) {
        return Optional.ofNullable(em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Something due by itself: a notice's id and the moment (an enrolment deadline or the end of a publicity period). */
    public record Due(long noticeId, Instant at) {
    }

    /** Published notices whose deadline and announced ones whose publicity period ends at or before {@code until}. */
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

    public List<Notice> ofOwner(long ownerId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.ownerId = :o ORDER BY n.updatedAt DESC, n.id DESC", Notice.class)
                .setParameter("o", ownerId).getResultList();
    }

    public List<Notice> ofCreator(long ownerId, long userId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.ownerId = :o AND n.createdByUser = :u "
                + "ORDER BY n.updatedAt DESC, n.id DESC", Notice.class).setParameter("o", ownerId).setParameter("u", userId)
                .getResultList();
    }

    public List<Announcement> announcements(long noticeId) {
        return em.createNamedQuery("Announcement.ofNotice", Announcement.class).setParameter("notice", noticeId).getResultList();
    }

    public List<Notice> publicPage(PublicFilter f, int first, int size) {
        TypedQuery<Notice> q = em.createQuery("SELECT n FROM Notice n" + where(f) + " ORDER BY n.publishedAt DESC, n.id DESC",
                Notice.class);
        bind(q, f);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long publicCount(PublicFilter f) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(n) FROM Notice n" + where(f), Long.class);
        bind(q, f);
        return q.getSingleResult();
    }

    private static String where(PublicFilter f) {
        StringBuilder w = new StringBuilder(" WHERE n.status <> org.zjcs.procurement.domain.NoticeStatus.DRAFT");
        params(f).keySet().forEach(k -> w.append(switch (k) {
            case "item" -> " AND n.serviceItemId = :item";
            case "region" -> " AND n.regionCode LIKE :region";
            case "method" -> " AND n.method = :method";
            case "status" -> " AND n.status = :status";
            case "from" -> " AND n.publishedAt >= :from";
            default -> " AND n.publishedAt < :before";
        }));
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, PublicFilter f) {
        params(f).forEach(q::setParameter);
    }

    private static Map<String, Object> params(PublicFilter f) {
        Map<String, Object> p = new TreeMap<>();
        if (f.serviceItemId() != null) {
            p.put("item", f.serviceItemId());
        }
        if (f.regionPrefix() != null && !f.regionPrefix().isBlank()) {
            p.put("region", f.regionPrefix() + "%");
        }
        if (f.method() != null) {
            p.put("method", f.method());
        }
        if (f.status() != null && f.status() != NoticeStatus.DRAFT) {
            p.put("status", f.status());
        }
        if (f.publishedFrom() != null) {
            p.put("from", f.publishedFrom());
        }
        if (f.publishedBefore() != null) {
            p.put("before", f.publishedBefore());
        }
        return p;
    }
}
