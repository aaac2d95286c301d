package org.zjcs.procurement.domain;

/**
 * The public announcements of a notice: its publication (采购公告), corrections (更正公告), cancellation (终止公告), the
 * selection result (中选公告), a failure (流标公告), a result voided after an upheld objection, the award at the end
 * of the publicity period, and the awarded firm's decline (中选人放弃中选公告) with its reason and what happens next.
 */
public enum AnnouncementKind {
    PUBLICATION, CORRECTION, CANCELLATION, RESULT, FAILURE, VOIDED, AWARD, DECLINED
}
