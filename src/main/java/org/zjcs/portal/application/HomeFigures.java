package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.time.ClockMoved;

/**
 * The live figures of the home page (index.xhtml), computed at most once per {@code zjcs.home.figures.ttl.s} (default
 * 300 s) into an immutable snapshot that every view reads: the home page is read all day, so no view counts anything.
 * The year is the Beijing calendar year of the server clock. What each figure reads (docs/architecture.md, "Portal:
 * the home page snapshot"):
 * <ul>
 * <li>firms: approved firms, by {@code ix_firm_status (registration_status, …)};</li>
 * <li>notices this year: notices whose published_at is in the year (only published notices have one), a range of
 * {@code ix_notice_published (published_at, id)}, read from the index alone;</li>
 * <li>awarded amount this year: the sum of the public selection results (status SELECTED) selected in the year, a
 * range of {@code ix_selection_risk_window (selected_at, status)};</li>
 * <li>on-time delivery rate: the DELIVERABLE steps closed in the year and how many of them late, from the summary
 * {@code due_step_month} (department 0; kept by the due tracker);</li>
 * <li>good-review rate: evaluations counted satisfied (非常满意 / 满意 / 基本满意) of all evaluations given in the
 * year, from the summary {@code evaluation_month} (dimension FIRM; kept by the due tracker's pass);</li>
 * <li>the latest notices and results: the first rows of {@code ix_notice_published} and of the public results list.</li>
 * </ul>
 */
@ApplicationScoped
public class HomeFigures {

    /** How many latest notices and results the page lists. */
    public static final int LATEST = 8;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicResults results;

    @Inject
    @ConfigProperty(name = "zjcs.home.figures.ttl.s", defaultValue = "300")
    long ttlSeconds;

    /** One latest notice. */
    public record NoticeLink(long id, String title, Instant publishedAt) {
    }

    /**
     * The figures at {@code computedAt}. Rates are null when there is nothing to rate yet (no delivery closed, no
     * evaluation given in the year).
     */
    public record Snapshot(Instant computedAt, int year, long firms, long noticesThisYear, BigDecimal awardedThisYear,
            long deliveriesClosed, Double onTimeRate, long evaluations, Double goodRate, List<NoticeLink> latestNotices,
            List<ResultRow> latestResults) {
    }

    private volatile Snapshot snapshot;

    /** The current snapshot, computed again when older than the time to live. */
    public Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || !s.computedAt().plus(Duration.ofSeconds(ttlSeconds)).isAfter(now)) {
            synchronized (this) {
                s = snapshot;
                if (s == null || !s.computedAt().plus(Duration.ofSeconds(ttlSeconds)).isAfter(now)) {
                    s = compute(now);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** The test clock moved: the figures of the old time are forgotten. */
    void onClockMoved(@Observes ClockMoved moved) {
        snapshot = null;
    }

    Snapshot compute(Instant now) {
        LocalDate today = now.atZone(BusinessTime.ZONE).toLocalDate();
        int year = today.getYear();
        LocalDate first = LocalDate.of(year, 1, 1);
        Timestamp from = utc(first.atStartOfDay(BusinessTime.ZONE).toInstant());
        Timestamp to = utc(first.plusYears(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        long firms = number(em.createNativeQuery("SELECT COUNT(*) FROM firm WHERE registration_status = 'APPROVED'")
                .getSingleResult());
        long notices = number(em.createNativeQuery(
                "SELECT COUNT(*) FROM notice WHERE published_at >= ? AND published_at < ?")
                .setParameter(1, from).setParameter(2, to).getSingleResult());
        Object sum = em.createNativeQuery("SELECT SUM(amount) FROM selection_result"
                + " WHERE selected_at >= ? AND selected_at < ? AND status = 'SELECTED'")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        BigDecimal awarded = sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
        Object[] due = (Object[]) em.createNativeQuery("SELECT SUM(n), SUM(late_n) FROM due_step_month"
                + " WHERE department_id = 0 AND kind = 'DELIVERABLE' AND month >= ? AND month < ?")
                .setParameter(1, java.sql.Date.valueOf(first)).setParameter(2, java.sql.Date.valueOf(first.plusYears(1)))
                .getSingleResult();
        long closed = number(due[0]);
        long late = number(due[1]);
        Object[] ev = (Object[]) em.createNativeQuery("SELECT SUM(evaluations), SUM(satisfied) FROM evaluation_month"
                + " WHERE dimension = 'FIRM' AND month >= ? AND month < ?")
                .setParameter(1, java.sql.Date.valueOf(first)).setParameter(2, java.sql.Date.valueOf(first.plusYears(1)))
                .getSingleResult();
        long evaluations = number(ev[0]);
        long satisfied = number(ev[1]);
        return new Snapshot(now, year, firms, notices, awarded, closed,
                closed == 0 ? null : (double) (closed - late) / closed, evaluations,
                evaluations == 0 ? null : (double) satisfied / evaluations, latestNotices(), results.latest(LATEST));
    }

    @SuppressWarnings("unchecked")
    private List<NoticeLink> latestNotices() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, title, published_at FROM notice"
                + " WHERE published_at IS NOT NULL AND status <> 'DRAFT' ORDER BY published_at DESC, id DESC")
                .setMaxResults(LATEST).getResultList();
        List<NoticeLink> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new NoticeLink(number(r[0]), (String) r[1], instant(r[2])));
        }
        return List.copyOf(out);
    }

    private static Timestamp utc(Instant i) {
        return Timestamp.valueOf(i.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
