package org.zjcs.supervision.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinUnit;

/** A 通报 as JSON: the public reads the published and withdrawn ones, a regulator its organisation's drafts too. */
@Schema(description = "A 通报 (supervision bulletin): the month, title, text, state (DRAFT, PUBLISHED, WITHDRAWN), the units "
        + "named with their figures as copied at drafting, and the withdrawal reason")
public record BulletinDto(long id, String month, String title, String body, String state, String publishedAt,
                          String withdrawnAt, String withdrawReason, List<Unit> units) {

    @Schema(description = "A unit named, with its month's figures as copied at drafting")
    public record Unit(String kind, long id, String name, Integer rank, long closed, long late, Integer onTimePermille,
                       long overdueAtEnd) {

        static Unit of(BulletinUnit u) {
            return new Unit(u.getUnitKind().name(), u.getUnitId(), u.getUnitName(), u.getRank(), u.getClosed(), u.getLate(),
                    u.getOnTimePermille(), u.getOverdueAtEnd());
        }
    }

    static BulletinDto of(Bulletin b) {
        return new BulletinDto(b.getId(), b.getMonth(), b.getTitle(), b.getBody(), b.getState().name(),
                b.getPublishedAt() == null ? null : b.getPublishedAt().toString(),
                b.getWithdrawnAt() == null ? null : b.getWithdrawnAt().toString(), b.getWithdrawReason(),
                b.getUnits().stream().map(Unit::of).toList());
    }

    @Schema(description = "A draft or its edit: month YYYY-MM (not in the future; fixed once drafted), title, body, and the "
            + "units named, each one of the month's ranked units that missed limits (kind DEPARTMENT | OWNER | FIRM, id); "
            + "in an edit, units null keeps those named")
    public record DraftRequest(String month, String title, String body, List<UnitRequest> units) {
    }

    @Schema(description = "A unit to name: kind DEPARTMENT | OWNER | FIRM and the organisation's id")
    public record UnitRequest(String kind, Long id) {
    }

    @Schema(description = "The reason for withdrawing a published 通报 (shown on its public page)")
    public record WithdrawRequest(String reason) {
    }

    @Schema(description = "One page of 通报, newest first, with the cursors of the next and previous pages")
    public record Page(List<BulletinDto> items, String next, String previous) {
    }
}
