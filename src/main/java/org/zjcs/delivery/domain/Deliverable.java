package org.zjcs.delivery.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;
import org.zjcs.shared.storage.FileRef;

/**
 * One uploaded version of a notice's deliverable (服务成果): the winning firm's files and note. The owner accepts or
 * returns it; an accepted version is checked by each department linked to the notice's approval cases. Who submitted
 * it and when, and the owner's answer, are its {@link Exchange} (the answer reason is the {@code return_reason} column).
 * The notice's versions together are the {@link DeliverableHistory}, which holds the rules across versions.
 */
@Entity
@Table(name = "deliverable")
@NamedQuery(name = "Deliverable.ofNotice",
        query = "SELECT d FROM Deliverable d WHERE d.noticeId = :notice ORDER BY d.revision")
public class Deliverable {

    public static final int NOTE_LENGTH = 2000;
    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "winner_firm_id", nullable = false)
    private long winnerFirmId;

    @Column(name = "note", nullable = false, length = NOTE_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliverableStatus status;

    @Embedded
    @AttributeOverride(name = "answerReason", column = @Column(name = "return_reason", length = REASON_LENGTH))
    private Exchange exchange;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deliverable_file", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    private List<FileRef> files = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deliverable_check", joinColumns = @JoinColumn(name = "deliverable_id"))
    private List<DeliverableCheck> checks = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Deliverable() {
    }

    /**
     * A new version. The first version is late when submitted after the due time (the service time limit); later
     * versions never are.
     */
    public Deliverable(long noticeId, int revision, long winnerFirmId, String note, List<FileRef> files,
                       Instant submittedAt, String submittedBy, Instant dueAt) {
        checkNote(note);
        if (files == null || files.isEmpty()) {
            throw new DomainException("deliverable.error.fileRequired");
        }
        this.noticeId = noticeId;
        this.revision = revision;
        this.winnerFirmId = winnerFirmId;
        this.note = note.trim();
        this.files = new ArrayList<>(files);
        this.exchange = Exchange.submitted(submittedBy, submittedAt);
        this.dueAt = dueAt;
        this.late = revision == 1 && dueAt != null && submittedAt.isAfter(dueAt);
        this.status = DeliverableStatus.SUBMITTED;
    }

    /** Refuses a missing or too long note. */
    public static void checkNote(String note) {
        if (note == null || note.isBlank()) {
            throw new DomainException("deliverable.error.noteRequired");
        }
        if (note.trim().length() > NOTE_LENGTH) {
            throw new DomainException("deliverable.error.noteTooLong");
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("deliverable.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw new DomainException("deliverable.error.reasonTooLong");
        }
        return reason.trim();
    }

    /** The owner accepts it. */
    public void accept(Instant now, String by) {
        status = status.accept();
        exchange.answer(by, now, null);
    }

    /** The owner returns it with a reason (required). */
    public void returnByOwner(String reason, Instant now, String by) {
        String r = reason(reason);
        status = status.returnByOwner();
        exchange.answer(by, now, r);
    }

    /**
     * A linked department passes the accepted version; when every one of {@code departments} has passed it, it is
     * PASSED. Refused when this department has checked it already.
     *
     * @return true when this check completed the version (every department passed)
     */
    public boolean passCheck(long departmentId, Set<Long> departments, Instant now, String by) {
        status.requireCheckable();
        requireUnchecked(departmentId);
        checks.add(new DeliverableCheck(departmentId, DeliverableCheck.PASSED, null, now, by));
        boolean all = departments.stream().allMatch(d -> checkOf(d).map(DeliverableCheck::isPassed).orElse(false));
        if (all) {
            status = status.pass();
        }
        return all;
    }

    /** A linked department returns the accepted version with reasons (required): the firm uploads a new version. */
    public void returnCheck(long departmentId, String reason, Instant now, String by) {
        String r = reason(reason);
        status.requireCheckable();
        requireUnchecked(departmentId);
        checks.add(new DeliverableCheck(departmentId, DeliverableCheck.RETURNED, r, now, by));
        status = status.returnByApprover();
    }

    private void requireUnchecked(long departmentId) {
        if (checkOf(departmentId).isPresent()) {
            throw new DomainException("deliverable.error.alreadyChecked");
        }
    }

    public Optional<DeliverableCheck> checkOf(long departmentId) {
        return checks.stream().filter(c -> c.getDepartmentId() == departmentId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public int getRevision() {
        return revision;
    }

    public long getWinnerFirmId() {
        return winnerFirmId;
    }

    public String getNote() {
        return note;
    }

    public DeliverableStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return exchange.getSubmittedAt();
    }

    public String getSubmittedBy() {
        return exchange.getSubmittedBy();
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getAnsweredAt() {
        return exchange.getAnsweredAt();
    }

    public String getAnsweredBy() {
        return exchange.getAnsweredBy();
    }

    /** The owner's reason when it returned the version (null when accepted or not answered). */
    public String getReturnReason() {
        return exchange.getAnswerReason();
    }

    public List<FileRef> getFiles() {
        return List.copyOf(files);
    }

    public List<DeliverableCheck> getChecks() {
        return List.copyOf(checks);
    }
}
