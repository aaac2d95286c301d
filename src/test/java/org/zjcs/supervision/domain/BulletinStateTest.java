package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The 通报's life cycle: DRAFT → PUBLISHED → WITHDRAWN, nothing else; a published one never changes. */
class BulletinStateTest {

    static final Instant T = Instant.parse("2026-12-02T02:00:00Z");

    static List<BulletinUnit> units() {
        return List.of(BulletinUnit.of(new RankedUnit(3, new UnitFigures(RankingKind.DEPARTMENT, 3001, "自然资源局", 10, 4, 2, 0, 0))));
    }

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void theMovesAllowedAndRefused() {
        assertEquals(BulletinState.DRAFT, BulletinState.DRAFT.edit());
        assertEquals(BulletinState.PUBLISHED, BulletinState.DRAFT.publish());
        assertEquals(BulletinState.WITHDRAWN, BulletinState.PUBLISHED.withdraw());
        assertEquals("rank.bulletin.error.notDraft", key(BulletinState.PUBLISHED::edit));
        assertEquals("rank.bulletin.error.notDraft", key(BulletinState.PUBLISHED::publish));
        assertEquals("rank.bulletin.error.notDraft", key(BulletinState.WITHDRAWN::edit));
        assertEquals("rank.bulletin.error.notDraft", key(BulletinState.WITHDRAWN::publish));
        assertEquals("rank.bulletin.error.notPublished", key(BulletinState.DRAFT::withdraw));
        assertEquals("rank.bulletin.error.notPublished", key(BulletinState.WITHDRAWN::withdraw));
        assertFalse(BulletinState.DRAFT.isPublic());
        assertTrue(BulletinState.WITHDRAWN.isPublic());
    }

    @Test
    void aDraftIsEditedThenPublishedThenOnlyWithdrawnWithAReason() {
        Bulletin b = Bulletin.draft(9001, "regulator01", YearMonth.of(2026, 11), " 11月通报 ", "正文", units(), T);
        assertEquals("11月通报", b.getTitle());
        assertEquals("2026-11", b.getMonth());
        b.edit("11月时限通报", "新的正文", null, T.plusSeconds(60));
        assertEquals("新的正文", b.getBody());
        assertEquals(1, b.getUnits().size(), "the units are kept when not re-picked");
        assertEquals(600, b.getUnits().get(0).getOnTimePermille(), "6 of 10 on time, copied at drafting");
        b.publish("regulator01", T.plusSeconds(120));
        assertEquals(BulletinState.PUBLISHED, b.getState());
        assertEquals("rank.bulletin.error.notDraft", key(() -> b.edit("x", "y", null, T)));
        assertEquals("rank.bulletin.error.reasonRequired", key(() -> b.withdraw("regulator01", "  ", T)));
        assertEquals(BulletinState.PUBLISHED, b.getState(), "a refused withdrawal changes nothing");
        assertNull(b.getWithdrawReason());
        b.withdraw("regulator01", "数据有误", T.plusSeconds(180));
        assertEquals(BulletinState.WITHDRAWN, b.getState());
        assertEquals("数据有误", b.getWithdrawReason());
        assertEquals("rank.bulletin.error.notPublished", key(() -> b.withdraw("regulator01", "again", T)));
    }

    @Test
    void badDraftsAreRefused() {
        YearMonth m = YearMonth.of(2026, 11);
        assertEquals("rank.bulletin.error.titleRequired", key(() -> Bulletin.draft(1, "r", m, " ", "x", units(), T)));
        assertEquals("rank.bulletin.error.bodyRequired", key(() -> Bulletin.draft(1, "r", m, "t", null, units(), T)));
        assertEquals("rank.bulletin.error.unitsRequired", key(() -> Bulletin.draft(1, "r", m, "t", "x", List.of(), T)));
        assertEquals("rank.bulletin.error.titleTooLong", key(() -> Bulletin.draft(1, "r", m, "t".repeat(201), "x", units(), T)));
    }
}
