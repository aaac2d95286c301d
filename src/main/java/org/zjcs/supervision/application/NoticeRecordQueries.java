package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;
import org.zjcs.shared.worklist.Rows;

/**
 * A notice's full record for its PDF (read only, native SQL on the other contexts' tables, plus every context's
 * timeline steps through {@link TimelineSource}): the notice, its approval cases, announcements, the number of
 * enrolments once opened, each selection round's result, and the steps of contract, deliverables, department checks,
 * objections and evaluations. Who may read it: the owner unit of the notice (any state), regulators and operators
 * (a notice that has been published); every other role is refused (403), another unit's or an unknown notice looks
 * absent (empty: 404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoticeRecordQueries {

    @Inject
    Guard guard;

    @Inject
    Instance<TimelineSource> sources;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** The notice's header as the record shows it. */
    public record Head(long id, String title, String status, long ownerId, String ownerName, String serviceItemCode,
                       String serviceItemName, String method, BigDecimal fixedPrice, BigDecimal priceFloor,
                       BigDecimal priceCeiling, Instant publishedAt, Instant enrolmentDeadline) {
    }

    /** A linked approval case. */
    public record CaseLine(String caseNumber, String projectName, String projectCode, String department,
                           String approvalItem) {
    }

    /** A published announcement (kind, time, SHA-256 of its content). */
    public record AnnouncementLine(String kind, Instant publishedAt, String reason, String contentHash) {
    }

    /** One selection round: its status, the winner (if any), the amount, when, and a voiding or decline. */
    public record ResultLine(int round, String status, String method, String winner, BigDecimal amount,
                             Instant selectedAt, Instant voidedAt, String voidedReason) {
    }

    /** The whole record; {@code enrolments} is null while enrolments are sealed (before the deadline closed). */
    public record NoticeRecord(Head head, List<CaseLine> cases, List<AnnouncementLine> announcements, Long enrolments,
                               List<ResultLine> results, List<TimelineEntry> steps) {
    }

    public Optional<NoticeRecord> record(long noticeId) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.REGULATOR, Role.OPERATOR);
        Optional<Head> head = head(noticeId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        boolean owner = guard.hasRole(Role.OWNER);
        if (owner && head.get().ownerId() != me.organisationId()
                || !owner && "DRAFT".equals(head.get().status())) {
            return Optional.empty();
        }
        List<TimelineEntry> steps = new ArrayList<>();
        for (TimelineSource s : sources) {
            steps.addAll(s.stepsOf(noticeId));
        }
        steps.sort(CaseTimelineService.ORDER);
        String status = head.get().status();
        Long enrolments = "DRAFT".equals(status) || "PUBLISHED".equals(status) ? null
                : ((Number) em.createNativeQuery("SELECT COUNT(*) FROM enrolment WHERE notice_id = ?1")
                        .setParameter(1, noticeId).getSingleResult()).longValue();
        return Optional.of(new NoticeRecord(head.get(), cases(noticeId), announcements(noticeId), enrolments,
                results(noticeId), steps));
    }

    private Optional<Head> head(long noticeId) {
        List<?> rows = em.createNativeQuery("SELECT n.id, n.title, n.status, n.owner_id, o.name, s.code, s.name_zh, "
                        + "n.selection_method, n.fixed_price, n.price_floor, n.price_ceiling, n.published_at, "
                        + "n.enrolment_deadline FROM notice n JOIN organisation o ON o.id = n.owner_id "
                        + "JOIN service_item s ON s.id = n.service_item_id WHERE n.id = ?1")
                .setParameter(1, noticeId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Head(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10], instant(r[11]), instant(r[12])));
    }

    private List<CaseLine> cases(long noticeId) {
        List<CaseLine> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT c.case_number, c.project_name, c.project_code, d.name, "
                        + "c.approval_item FROM notice_case nc JOIN approval_case c ON c.id = nc.approval_case_id "
                        + "JOIN organisation d ON d.id = c.department_id WHERE nc.notice_id = ?1 ORDER BY c.case_number")
                .setParameter(1, noticeId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new CaseLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return out;
    }

    private List<AnnouncementLine> announcements(long noticeId) {
        List<AnnouncementLine> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT kind, published_at, reason, content_hash FROM announcement "
                + "WHERE notice_id = ?1 ORDER BY published_at, id").setParameter(1, noticeId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new AnnouncementLine((String) r[0], instant(r[1]), (String) r[2], (String) r[3]));
        }
        return out;
    }

    private List<ResultLine> results(long noticeId) {
        List<ResultLine> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT r.round, r.status, r.method, o.name, r.amount, r.selected_at, "
                        + "r.voided_at, r.voided_reason FROM selection_result r LEFT JOIN organisation o "
                        + "ON o.id = r.winner_firm_id WHERE r.notice_id = ?1 ORDER BY r.round")
                .setParameter(1, noticeId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ResultLine(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                    (BigDecimal) r[4], instant(r[5]), instant(r[6]), (String) r[7]));
        }
        return out;
    }

    private static Instant instant(Object o) {
        return Rows.instant(o);
    }
}
