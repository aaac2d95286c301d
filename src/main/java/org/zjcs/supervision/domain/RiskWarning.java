package org.zjcs.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;
import org.zjcs.supervision.domain.risk.Finding;
import org.zjcs.supervision.domain.risk.RiskRule;
import org.zjcs.supervision.domain.risk.SubjectKind;

/**
 * A risk warning (风险预警): what a rule found about a subject over a window, with the evidence as JSON text. Raised
 * OPEN; a rescan that finds the same rule and subject again refreshes the evidence of the open warning (one open warning
 * per rule and subject: {@code open_key}, unique); a regulator marks it CHECKED with a required note.
 */
@Entity
@Table(name = "risk_warning")
public class RiskWarning {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, length = 20, updatable = false)
    private RiskRule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16, updatable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_key", nullable = false, length = 200, updatable = false)
    private String subjectKey;

    @Column(name = "subject_label", nullable = false, length = 500)
    private String subjectLabel;

    @Column(name = "window_from", nullable = false)
    private Instant windowFrom;

    @Column(name = "window_to", nullable = false)
    private Instant windowTo;

    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 8)
    private RiskWarningState state;

    @Column(name = "open_key", length = 230)
    private String openKey;

    @Column(name = "checked_note", length = 2000)
    private String checkedNote;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RiskWarning() {
    }

    /** A new open warning for what a rule found over the window; {@code evidenceJson} is the evidence as JSON text. */
    public RiskWarning(Finding f, String evidenceJson, Instant from, Instant to, Instant now) {
        this.rule = f.rule();
        this.subjectKind = f.subjectKind();
        this.subjectKey = f.subjectKey();
        this.subjectLabel = cut(f.subjectLabel(), 500);
        this.windowFrom = from;
        this.windowTo = to;
        this.evidence = evidenceJson;
        this.foundAt = now;
        this.refreshedAt = now;
        this.state = RiskWarningState.OPEN;
        this.openKey = f.openKey();
    }

    /** A rescan found it again: the evidence and window of now replace the old ones (open warnings only). */
    public void refresh(Finding f, String evidenceJson, Instant from, Instant to, Instant now) {
        if (state != RiskWarningState.OPEN) {
            throw new DomainException("risk.error.notOpen");
        }
        this.subjectLabel = cut(f.subjectLabel(), 500);
        this.evidence = evidenceJson;
        this.windowFrom = from;
        this.windowTo = to;
        this.refreshedAt = now;
    }

    /** A regulator checked it: the note (1–2000 characters) is required; from now on a rescan may raise it anew. */
    public void check(String note, String by, Instant at) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new DomainException("risk.error.noteRequired");
        }
        if (n.length() > NOTE_MAX) {
            throw new DomainException("risk.error.noteTooLong", String.valueOf(NOTE_MAX));
        }
        state = state.moveTo(RiskWarningState.CHECKED);
        checkedNote = n;
        checkedBy = by;
        checkedAt = at;
        openKey = null;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public RiskRule getRule() {
        return rule;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public Instant getWindowFrom() {
        return windowFrom;
    }

    public Instant getWindowTo() {
        return windowTo;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public RiskWarningState getState() {
        return state;
    }

    public String getCheckedNote() {
        return checkedNote;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
