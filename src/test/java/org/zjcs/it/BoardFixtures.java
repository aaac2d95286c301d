package org.zjcs.it;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;

/**
 * due_item rows written straight into the database for the board's tests (the write side, the due tracker, is
 * another part of issue 17): all of one fresh firm, so that a test reads exactly its own rows by filtering on it.
 * Open rows, relative to the server's clock:
 * <ol>
 *   <li>DEPARTMENT_CHECK of department 3001 (approver01), overdue by 400 days (the top of any list), on demo notice 8013 and its case;</li>
 *   <li>DEPARTMENT_CHECK of department 3002, due in five hours (due soon);</li>
 *   <li>OWNER_ACCEPTANCE of owner 2001 at department 3001, due in ten days;</li>
 *   <li>REGISTRATION_REVIEW of the operator, overdue by one hour;</li>
 *   <li>{@code EXTRA} DELIVERABLE rows of the firm, due in 20+ days (for paging).</li>
 * </ol>
 * Closed rows in January 2019 (nothing else is closed then): four EVALUATION items of owner 2001 taking 1, 2, 3 and
 * 10 hours, the last one late; the first two at department 3001 (Monday 2019-01-07), the others at 3002 (2019-01-14);
 * January 2019 of the step-time histogram is then folded again from them (the test hook).
 */
final class BoardFixtures {

    static final int EXTRA = 21;
    static final long DEPT = 3001;
    static final long OTHER_DEPT = 3002;
    static final long OWNER = 2001;

    final long firm;
    final String caseNumber;
    final Instant now;
    final long base;

    private BoardFixtures(long firm, String caseNumber, Instant now, long base) {
        this.firm = firm;
        this.caseNumber = caseNumber;
        this.now = now;
        this.base = base;
    }

    static BoardFixtures insert() throws Exception {
        long firm = Fixtures.orgOf(Fixtures.firm(3));
        String caseNumber = Fixtures.text("SELECT c.case_number FROM approval_case c JOIN notice_case n "
                + "ON n.approval_case_id = c.id WHERE n.notice_id = ?", 8013);
        Instant now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
        long base = 9_170_000_000L + firm * 100;
        BoardFixtures f = new BoardFixtures(firm, caseNumber, now, base);
        try (Connection c = It.db()) {
            f.open(c, 1, "DEPARTMENT_CHECK", "DEPARTMENT", DEPT, DEPT, 8013L, caseNumber, now.minus(405, ChronoUnit.DAYS),
                    now.minus(400, ChronoUnit.DAYS));
            f.open(c, 2, "DEPARTMENT_CHECK", "DEPARTMENT", OTHER_DEPT, OTHER_DEPT, null, null, now.minus(1, ChronoUnit.DAYS),
                    now.plus(5, ChronoUnit.HOURS));
            f.open(c, 3, "OWNER_ACCEPTANCE", "OWNER", OWNER, DEPT, 8013L, caseNumber, now.minus(1, ChronoUnit.DAYS),
                    now.plus(10, ChronoUnit.DAYS));
            f.open(c, 4, "REGISTRATION_REVIEW", "OPERATOR", null, null, null, null, now.minus(4, ChronoUnit.DAYS),
                    now.minus(1, ChronoUnit.HOURS));
            for (int i = 0; i < EXTRA; i++) {
                f.open(c, 10 + i, "DELIVERABLE", "FIRM", firm, null, null, null, now, now.plus(20 + i, ChronoUnit.DAYS));
            }
            Instant week1 = LocalDateTime.of(2019, 1, 7, 2, 0).toInstant(ZoneOffset.UTC);
            Instant week2 = LocalDateTime.of(2019, 1, 14, 2, 0).toInstant(ZoneOffset.UTC);
            f.closed(c, 50, DEPT, week1, 3600, false);
            f.closed(c, 51, DEPT, week1, 7200, false);
            f.closed(c, 52, OTHER_DEPT, week2, 10800, false);
            f.closed(c, 53, OTHER_DEPT, week2, 36000, true);
        }
        // the step-time histogram is kept by the due tracker: fold the days of the closed rows written here
        EvaluationSummaryIT.pass("/steps?from=2019-01-01&to=2019-01-31");
        return f;
    }

    /** The id of the overdue department check (row 1). */
    long overdueCheck() throws Exception {
        return Fixtures.number("SELECT id FROM due_item WHERE kind = 'DEPARTMENT_CHECK' AND ref_id = ?", base + 1);
    }

    private void open(Connection c, int n, String kind, String party, Long partyId, Long department, Long notice,
                      String caseNo, Instant opened, Instant due) throws Exception {
        Fixtures.update(c, "INSERT INTO due_item (kind, ref_id, party_type, party_id, firm_id, owner_id, department_id, "
                        + "service_item_id, region_code, notice_id, case_number, opened_at, due_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 3, '610102', ?, ?, ?, ?, UTC_TIMESTAMP(6))",
                kind, base + n, party, partyId, firm, OWNER, department, notice, caseNo, ts(opened), ts(due));
    }

    private void closed(Connection c, int n, long department, Instant opened, long seconds, boolean late) throws Exception {
        Instant done = opened.plusSeconds(seconds);
        Instant due = late ? opened.plusSeconds(seconds - 60) : opened.plus(3, ChronoUnit.DAYS);
        Fixtures.update(c, "INSERT INTO due_item (kind, ref_id, party_type, party_id, firm_id, owner_id, department_id, "
                        + "service_item_id, region_code, notice_id, case_number, opened_at, due_at, done_at, late, duration_seconds, "
                        + "updated_at) VALUES ('EVALUATION', ?, 'OWNER', ?, ?, ?, ?, 3, '610102', NULL, NULL, ?, ?, ?, ?, ?, "
                        + "UTC_TIMESTAMP(6))",
                base + n, OWNER, firm, OWNER, department, ts(opened), ts(due), ts(done), late ? 1 : 0, seconds);
    }

    /** A DATETIME literal of the instant (UTC wall clock, as the application stores it). */
    private static String ts(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
