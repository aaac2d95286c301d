package org.zjcs.procurement.domain;

/** The public announcements of a notice: its publication (采购公告), corrections (更正公告) and cancellation (终止公告). */
public enum AnnouncementKind {
    PUBLICATION, CORRECTION, CANCELLATION
}
