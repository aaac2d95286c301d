package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.risk.CeilingRule;
import org.zjcs.supervision.domain.risk.CohortRule;
import org.zjcs.supervision.domain.risk.DirectPickRule;
import org.zjcs.supervision.domain.risk.LateCancelRule;
import org.zjcs.supervision.domain.risk.WinShareRule;

/**
 * The facts the risk rules read, over a window [from, to) of notices by publication time (cancellations by the time of
 * their announcement), as native read queries on the other contexts' tables (supervision imports none of their
 * entities). Each is a range scan of an index ({@code ix_notice_risk_window (published_at, owner_id)}, the
 * cancellations' {@code ix_announcement_published}) joined by primary or leading keys (enrolment by
 * {@code ix_enrolment_notice}, the current result by {@code uq_selection_round}); at most {@value #MAX_FACTS} rows each.
 * Enrolments are facts only once opened at the deadline ({@code firm_id} and {@code opened_price} in clear): nothing
 * sealed is read, let alone unsealed.
 */
@ApplicationScoped
public class RiskFactQueries {

    static final int MAX_FACTS = 500_000;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** Notices of the window with their current result (the last SELECTED round) and its winner. */
    public List<WinShareRule.Award> awards(Instant from, Instant to) {
        return Rows.read(em, MAX_FACTS, "SELECT n.owner_id, o.name, n.id, n.title, s.winner_firm_id, f.name "
                        + "FROM notice n JOIN selection_result s ON s.notice_id = n.id AND s.status = 'SELECTED' "
                        + "AND s.round = (SELECT MAX(s2.round) FROM selection_result s2 WHERE s2.notice_id = n.id "
                        + "AND s2.status = 'SELECTED') "
                        + "JOIN organisation o ON o.id = n.owner_id JOIN organisation f ON f.id = s.winner_firm_id "
                        + "WHERE n.published_at >= ? AND n.published_at < ? AND s.winner_firm_id IS NOT NULL "
                        + "ORDER BY n.owner_id, n.id", utc(from), utc(to)).stream()
                .map(r -> new WinShareRule.Award(Rows.number(r[0]), Rows.text(r[1]), Rows.number(r[2]), Rows.text(r[3]),
                        Rows.number(r[4]), Rows.text(r[5]))).toList();
    }

    /** Notices published in the window, and whether each is a direct pick. */
    public List<DirectPickRule.Published> published(Instant from, Instant to) {
        return Rows.read(em, MAX_FACTS, "SELECT n.owner_id, o.name, n.id, n.title, n.selection_method, n.published_at "
                        + "FROM notice n JOIN organisation o ON o.id = n.owner_id "
                        + "WHERE n.published_at >= ? AND n.published_at < ? ORDER BY n.owner_id, n.id", utc(from), utc(to))
                .stream().map(r -> new DirectPickRule.Published(Rows.number(r[0]), Rows.text(r[1]), Rows.number(r[2]),
                        Rows.text(r[3]), "DIRECT_PICK".equals(Rows.text(r[4])), minutes(Rows.instant(r[5])))).toList();
    }

    /** Opened, active enrolments in notices of the window. */
    public List<CohortRule.Enrolment> enrolments(Instant from, Instant to) {
        return Rows.read(em, MAX_FACTS, "SELECT e.notice_id, e.firm_id, f.name FROM notice n "
                        + "JOIN enrolment e ON e.notice_id = n.id AND e.status = 'ACTIVE' "
                        + "JOIN organisation f ON f.id = e.firm_id "
                        + "WHERE n.published_at >= ? AND n.published_at < ? AND e.firm_id IS NOT NULL", utc(from), utc(to))
                .stream().map(r -> new CohortRule.Enrolment(Rows.number(r[0]), Rows.number(r[1]), Rows.text(r[2])))
                .toList();
    }

    /** Opened priced bids in notices of the window that have a ceiling. */
    public List<CeilingRule.Bid> bids(Instant from, Instant to) {
        return Rows.read(em, MAX_FACTS, "SELECT n.id, n.title, n.price_ceiling, e.firm_id, f.name, e.opened_price "
                        + "FROM notice n JOIN enrolment e ON e.notice_id = n.id AND e.status = 'ACTIVE' "
                        + "JOIN organisation f ON f.id = e.firm_id "
                        + "WHERE n.published_at >= ? AND n.published_at < ? AND n.price_ceiling IS NOT NULL "
                        + "AND e.firm_id IS NOT NULL AND e.opened_price IS NOT NULL ORDER BY n.id, e.id", utc(from), utc(to))
                .stream().map(r -> new CeilingRule.Bid(Rows.number(r[0]), Rows.text(r[1]), decimal(r[2]),
                        Rows.number(r[3]), Rows.text(r[4]), decimal(r[5]))).toList();
    }

    /** Cancellations announced in the window, with the notice's enrolment deadline. */
    public List<LateCancelRule.Cancelled> cancellations(Instant from, Instant to) {
        return Rows.read(em, MAX_FACTS, "SELECT n.owner_id, o.name, n.id, n.title, n.enrolment_deadline, a.published_at "
                        + "FROM announcement a JOIN notice n ON n.id = a.notice_id JOIN organisation o ON o.id = n.owner_id "
                        + "WHERE a.kind = 'CANCELLATION' AND a.published_at >= ? AND a.published_at < ? "
                        + "ORDER BY n.owner_id, a.published_at", utc(from), utc(to)).stream()
                .map(r -> {
                    Instant deadline = Rows.instant(r[4]);
                    Instant at = Rows.instant(r[5]);
                    return new LateCancelRule.Cancelled(Rows.number(r[0]), Rows.text(r[1]), Rows.number(r[2]),
                            Rows.text(r[3]), deadline, at, deadline == null ? "-" : minutes(deadline), minutes(at));
                }).toList();
    }

    private static String minutes(Instant at) {
        return at == null ? "-" : Rows.MINUTES.format(at);
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v));
    }

    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** UTC wall-clock text, as InstantConverter stores instants (no driver time-zone conversion can shift it). */
    static String utc(Instant at) {
        return UTC.format(LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
}
