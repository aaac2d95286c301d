package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.DueKind;
import org.zjcs.supervision.domain.DueOutcome;
import org.zjcs.supervision.domain.PartyType;

/**
 * One batch of {@link DueTracker}'s pass, each in its own transaction: read a source forward from its watermark and
 * insert the items found (already closed where the step was taken: the backfill), or re-read a batch of open items and
 * close, move or remove them. Business tables are only read (plain SELECTs, no locks); only {@code due_item} and
 * {@code due_watermark} are written.
 */
@ApplicationScoped
public class DueBatches {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    DueLimits limits;

    @Inject
    StepDays stepDays;

    /** What one forward batch read (rows) and inserted, and the keyset position of its last row. */
    record Opened(int rows, int inserted, DueKey last) {
    }

    /** What one batch of open items came to: read, closed (taken), removed (moot), moved (a new due instant). */
    record Closed(int read, int closed, int removed, int moved, long lastId) {
    }

    /** The source's keyset position, null before its first pass. */
    @Transactional
    public DueKey watermark(String key) {
        List<?> rows = em.createNativeQuery("SELECT position FROM due_watermark WHERE kind = ?").setParameter(1, key)
                .getResultList();
        return rows.isEmpty() ? null : DueKey.parse((String) rows.get(0));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Opened openBatch(DueSource s, DueKey from, Instant until, Instant now) {
        List<Object[]> rows = Rows.read(em, BATCH, s.forward(), Rows.param(until), Rows.param(from.opened()), Rows.param(from.opened()),
                from.ref(), from.ref(), from.part());
        List<String> values = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<StepDays.Closed> closed = new ArrayList<>();
        Set<String> taken = existing(s.kind(), rows);
        DueKey last = null;
        for (Object[] r : rows) {
            last = new DueKey(Rows.instant(r[11]), Rows.number(r[0]), Rows.number(r[1]));
            Instant done = Rows.instant(r[12]);
            if (done == null && Rows.flag(r[13])) {
                continue;   // moot before it was taken: never due in the end
            }
            if (!taken.add(Rows.number(r[0]) + "/" + Rows.number(r[1]))) {
                continue;   // read again (the overlap before the watermark) or twice in this batch: already there
            }
            Instant due = due(s.kind(), r);
            values.add(values(s.kind(), r, due, done, now, params));
            if (done != null) {
                DueOutcome o = DueOutcome.of(Rows.instant(r[11]), due, done);
                closed.add(new StepDays.Closed(s.kind().name(), PartyType.valueOf(Rows.text(r[2])).name(), Rows.number(r[6]),
                        o.doneAt(), o.durationSeconds(), o.late()));
            }
        }
        int inserted = 0;
        if (!values.isEmpty()) {
            Query q = em.createNativeQuery("INSERT IGNORE INTO due_item (kind, ref_id, ref_part, party_type, party_id, firm_id, "
                    + "owner_id, department_id, service_item_id, notice_id, late, duration_seconds, region_code, case_number, "
                    + "opened_at, due_at, done_at, updated_at) VALUES " + String.join(",", values));
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            inserted = q.executeUpdate();
            stepDays.add(closed);   // the rows were checked absent above, under the pass's lease: each is new
        }
        if (last != null) {
            em.createNativeQuery("INSERT INTO due_watermark (kind, position, updated_at) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE position = VALUES(position), updated_at = VALUES(updated_at)")
                    .setParameter(1, s.key()).setParameter(2, last.text()).setParameter(3, Rows.param(now)).executeUpdate();
        }
        return new Opened(rows.size(), inserted, last);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Closed closeBatch(DueKind kind, List<DueSource> sources, long afterId, Instant now) {
        List<Object[]> open = Rows.read(em, BATCH, "SELECT id, ref_id, ref_part, opened_at, due_at, party_type, department_id FROM due_item "
                + "WHERE kind = ? AND done_at IS NULL AND id > ? ORDER BY id", kind.name(), afterId);
        if (open.isEmpty()) {
            return new Closed(0, 0, 0, 0, afterId);
        }
        List<long[]> keys = open.stream().map(r -> new long[] {Rows.number(r[1]), Rows.number(r[2])}).toList();
        Map<String, Object[]> found = new HashMap<>();
        for (DueSource s : sources) {
            for (Object[] r : Rows.read(em, Integer.MAX_VALUE, s.byKeys(keys))) {
                found.put(Rows.number(r[0]) + "/" + Rows.number(r[1]), r);
            }
        }
        int closed = 0;
        int removed = 0;
        int moved = 0;
        List<StepDays.Closed> steps = new ArrayList<>();
        for (Object[] item : open) {
            long id = Rows.number(item[0]);
            Object[] r = found.get(Rows.number(item[1]) + "/" + Rows.number(item[2]));
            Instant done = r == null ? null : Rows.instant(r[12]);
            if (done != null) {
                DueOutcome o = DueOutcome.of(Rows.instant(item[3]), Rows.instant(item[4]), done);
                int n = em.createNativeQuery("UPDATE due_item SET done_at = ?, late = ?, duration_seconds = ?, updated_at = ? "
                        + "WHERE id = ? AND done_at IS NULL").setParameter(1, Rows.param(o.doneAt())).setParameter(2, o.late() ? 1 : 0)
                        .setParameter(3, o.durationSeconds()).setParameter(4, Rows.param(now)).setParameter(5, id).executeUpdate();
                closed += n;
                if (n == 1) {
                    steps.add(new StepDays.Closed(kind.name(), Rows.text(item[5]), Rows.number(item[6]), o.doneAt(),
                            o.durationSeconds(), o.late()));
                }
            } else if (r == null || Rows.flag(r[13])) {
                removed += em.createNativeQuery("DELETE FROM due_item WHERE id = ? AND done_at IS NULL").setParameter(1, id)
                        .executeUpdate();
            } else if (kind == DueKind.DELIVERABLE) {
                Instant due = due(kind, r);
                if (!due.equals(Rows.instant(item[4]))) {
                    moved += em.createNativeQuery("UPDATE due_item SET due_at = ?, updated_at = ? WHERE id = ? AND done_at IS NULL")
                            .setParameter(1, Rows.param(due)).setParameter(2, Rows.param(now)).setParameter(3, id).executeUpdate();
                }
            }
        }
        stepDays.add(steps);   // counted in the transaction that closed them
        return new Closed(open.size(), closed, removed, moved, Rows.number(open.get(open.size() - 1)[0]));
    }

    /** The keys ("ref/part") of the rows of a forward batch that are already in due_item (one indexed read). */
    private Set<String> existing(DueKind kind, List<Object[]> rows) {
        Set<String> keys = new HashSet<>();
        if (rows.isEmpty()) {
            return keys;
        }
        StringBuilder in = new StringBuilder();
        for (Object[] r : rows) {
            in.append(in.isEmpty() ? "" : ",").append(Rows.number(r[0]));   // numbers read from the database
        }
        for (Object[] r : Rows.read(em, Integer.MAX_VALUE, "SELECT ref_id, ref_part FROM due_item WHERE kind = ? AND ref_id IN ("
                + in + ")", kind.name())) {
            keys.add(Rows.number(r[0]) + "/" + Rows.number(r[1]));
        }
        return keys;
    }

    private Instant due(DueKind kind, Object[] r) {
        return limits.due(kind, Rows.instant(r[11]), Rows.instant(r[14]), r[15], Rows.date(r[16]));
    }

    /**
     * One row of the multi-row INSERT: numbers and the party type inline (read from the database as numbers, or a
     * known enum name: nothing else reaches the SQL text), texts and instants as parameters.
     */
    private static String values(DueKind kind, Object[] r, Instant due, Instant done, Instant now, List<Object> params) {
        Instant opened = Rows.instant(r[11]);
        PartyType party = PartyType.valueOf(Rows.text(r[2]));
        DueOutcome outcome = done == null ? null : DueOutcome.of(opened, due, done);
        StringBuilder v = new StringBuilder("('").append(kind.name()).append("',").append(Rows.number(r[0])).append(',')
                .append(Rows.number(r[1])).append(",'").append(party.name()).append('\'');
        for (int c : new int[] {3, 4, 5, 6, 7, 9}) {
            v.append(',').append(Rows.number(r[c]));   // null prints as NULL
        }
        v.append(',').append(outcome == null ? "NULL" : outcome.late() ? "1" : "0")
                .append(',').append(outcome == null ? "NULL" : Long.toString(outcome.durationSeconds()));
        v.append(',').append(text(r[8], params)).append(',').append(text(r[10], params)).append(",?,?,");
        params.add(Rows.param(opened));
        params.add(Rows.param(due));
        if (done == null) {
            v.append("NULL");
        } else {
            v.append('?');
            params.add(Rows.param(done));
        }
        params.add(Rows.param(now));
        return v.append(",?)").toString();
    }

    private static String text(Object value, List<Object> params) {
        if (value == null) {
            return "NULL";
        }
        params.add(value.toString());
        return "?";
    }
}
