package org.zjcs.supervision.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.application.EvidenceJson;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.risk.Evidence;

/** A risk warning over REST, with its evidence (figures and table, as on regulator/risks.xhtml). */
@Schema(name = "RiskWarning")
public record RiskWarningDto(long id,
                             @Schema(description = "WIN_SHARE | DIRECT_PICK | COHORT | CEILING | LATE_CANCEL") String rule,
                             @Schema(description = "OWNER | OWNER_FIRM | FIRM_GROUP | NOTICE | FIRM") String subjectKind,
                             @Schema(description = "e.g. 2001 (owner), 2001:1007 (owner:firm), 1001-1002-1003 (firms)") String subjectKey,
                             String subjectLabel, Instant windowFrom, Instant windowTo, Instant foundAt,
                             Instant refreshedAt, @Schema(description = "OPEN | CHECKED") String state,
                             String checkedNote, String checkedBy, Instant checkedAt,
                             @Schema(description = "Figures by key (labels: risk.fig.<key>)") Map<String, String> figures,
                             @Schema(description = "Column keys of the evidence table (labels: risk.col.<key>)") List<String> columns,
                             List<List<String>> rows) {

    public static RiskWarningDto of(RiskWarning w) {
        Evidence e = EvidenceJson.read(w.getEvidence());
        return new RiskWarningDto(w.getId(), w.getRule().name(), w.getSubjectKind().name(), w.getSubjectKey(),
                w.getSubjectLabel(), w.getWindowFrom(), w.getWindowTo(), w.getFoundAt(), w.getRefreshedAt(),
                w.getState().name(), w.getCheckedNote(), w.getCheckedBy(), w.getCheckedAt(), e.figures(), e.columns(),
                e.rows());
    }

    /** A keyset page: the rows and the cursors of the next and previous pages (null at the ends). */
    public record Page(List<RiskWarningDto> items, String next, String previous) {
    }

    /** Marking checked: the note is required. */
    public record CheckRequest(String note) {
    }

    /** What a scan did. */
    public record ScanResult(int found, int raised, int refreshed) {
    }
}
