package org.zjcs.credit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The credit rule versions, the immutable credit events and each firm's cached sum of points. */
public interface CreditRepository {

    /** A firm's sum of points and number of events as kept (the cache). */
    record Totals(int pointsTotal, int events) {
        public static final Totals NONE = new Totals(0, 0);
    }

    /** Persists an event (assigns its id). */
    void add(CreditEvent e);

    /** Persists a rule version (assigns its id). */
    void add(CreditRuleVersion v);

    Optional<CreditEvent> find(long id);

    /** The event recorded for this fact (firm, code, source object), if any. */
    Optional<CreditEvent> fact(long firmId, CreditCode code, CreditSource source, String sourceId);

    /** Every event of a firm, oldest first. */
    List<CreditEvent> ofFirm(long firmId);

    /** The events recorded from one source object (e.g. an evaluation), oldest first. */
    List<CreditEvent> ofSource(CreditSource source, String sourceId);

    /** Every rule version, newest first. */
    List<CreditRuleVersion> versions();

    /** The version in force at {@code at}: the newest one effective from then or earlier. */
    Optional<CreditRuleVersion> inForce(Instant at);

    Optional<CreditRuleVersion> version(long id);

    /** Adds an event's points to the firm's cached sum (the row is created on the first event; locked till commit). */
    void addToTotals(long firmId, int points, Instant now);

    /** The cached sums of the given firms (firms without events are missing from the map). */
    Map<Long, Totals> totals(Collection<Long> firmIds);

    /** Every cached sum. */
    Map<Long, Totals> allTotals();

    /** The sums recomputed from the events themselves, per firm. */
    Map<Long, Totals> totalsFromEvents();
}
