package org.zjcs.delivery.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;

/**
 * The deliverable of one notice (服务成果) and its whole history: the versions the winning firm uploaded, the owner's
 * answer to each, and the linked departments' checks of an accepted one. It holds the rules across versions — only the
 * winning firm uploads, a new version only while in service or after a return (never while one awaits an answer, after
 * an acceptance or once passed), the owner answers and the departments check only the latest version, in that order,
 * each department once — and refuses with the message keys the pages and the API show. The caller's identity, the
 * notice's state, the winner and the linked departments come from the application layer; the repository loads the
 * aggregate from the {@code deliverable} rows (with their files and checks) and persists the versions it adds.
 */
public final class DeliverableHistory {

    private final long noticeId;
    private final List<Deliverable> versions;

    /** The notice's versions, oldest first. */
    public DeliverableHistory(long noticeId, List<Deliverable> versions) {
        this.noticeId = noticeId;
        this.versions = new ArrayList<>(versions);
    }

    public long noticeId() {
        return noticeId;
    }

    /** Every version, oldest first. */
    public List<Deliverable> versions() {
        return List.copyOf(versions);
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The latest version, if any. */
    public Optional<Deliverable> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Overdue: the first version was uploaded after the due time, or none is uploaded yet and the due time has passed
     * (never without a due time).
     */
    public boolean overdue(Instant due, Instant now) {
        if (due == null) {
            return false;
        }
        return versions.isEmpty() ? now.isAfter(due) : versions.get(0).isLate();
    }

    /**
     * Refuses an upload now, in this order: by another firm than the winner (the notice looks absent), while the latest
     * version is not returned, in a notice state without service (a returned-by-department version reopens a DELIVERED
     * notice), with a missing or too long note.
     */
    public void checkSubmission(long firmId, long winnerFirmId, NoticeStatus notice, String note) {
        if (firmId != winnerFirmId) {
            throw new DomainException("notice.error.notFound"); // another firm's contract looks absent
        }
        Optional<Deliverable> last = latest();
        last.ifPresent(d -> d.getStatus().resubmit());
        boolean allowed = notice == NoticeStatus.CONTRACTED || notice == NoticeStatus.IN_SERVICE
                || notice == NoticeStatus.DELIVERED && last.isPresent()
                && last.get().getStatus() == DeliverableStatus.RETURNED_BY_APPROVER;
        if (!allowed) {
            throw new DomainException("deliverable.error.notContracted");
        }
        Deliverable.checkNote(note);
    }

    /**
     * The winning firm uploads a new version (its files stored already); late when it is the first and comes after
     * {@code due}.
     */
    public Deliverable submit(long firmId, long winnerFirmId, NoticeStatus notice, String note, List<FileRef> files,
                              Instant now, String by, Instant due) {
        checkSubmission(firmId, winnerFirmId, notice, note);
        Deliverable d = new Deliverable(noticeId, versions.size() + 1, winnerFirmId, note, files, now, by, due);
        versions.add(d);
        return d;
    }

    /** The first version starts the service: the notice moves CONTRACTED → IN_SERVICE. */
    public static boolean startsService(NoticeStatus notice) {
        return notice == NoticeStatus.CONTRACTED;
    }

    /** An acceptance delivers a notice in service (IN_SERVICE → DELIVERED; a later acceptance leaves it DELIVERED). */
    public static boolean delivers(NoticeStatus notice) {
        return notice == NoticeStatus.IN_SERVICE;
    }

    /** The owner accepts the latest version {@code versionId}, awaiting its answer. */
    public Deliverable accept(long versionId, Instant now, String by) {
        Deliverable d = awaitingAnswer(versionId);
        d.accept(now, by);
        return d;
    }

    /** The owner returns the latest version {@code versionId}, awaiting its answer, with a reason. */
    public Deliverable returnByOwner(long versionId, String reason, Instant now, String by) {
        Deliverable d = awaitingAnswer(versionId);
        d.returnByOwner(reason, now, by);
        return d;
    }

    /**
     * A linked department passes the accepted latest version {@code versionId}.
     *
     * @return true when every one of {@code departments} has passed it now (the version is PASSED)
     */
    public boolean passCheck(long versionId, long departmentId, Set<Long> departments, Instant now, String by) {
        return checkable(versionId).passCheck(departmentId, departments, now, by);
    }

    /** A linked department returns the accepted latest version {@code versionId} with reasons. */
    public Deliverable returnCheck(long versionId, long departmentId, String reason, Instant now, String by) {
        Deliverable d = checkable(versionId);
        d.returnCheck(departmentId, reason, now, by);
        return d;
    }

    /** Whether the department may check now: the latest version is accepted and the department has not checked it. */
    public boolean awaitsCheckBy(long departmentId) {
        return latest().filter(d -> d.getStatus() == DeliverableStatus.ACCEPTED)
                .map(d -> d.checkOf(departmentId).isEmpty()).orElse(false);
    }

    /**
     * When the latest version became ready for the departments' checks: the owner's acceptance of it (its answer
     * time), kept after the checks are made; empty while no version is accepted.
     */
    public Optional<Instant> checksOpenedAt() {
        return latest().filter(d -> d.getStatus() == DeliverableStatus.ACCEPTED || d.getStatus() == DeliverableStatus.PASSED
                || d.getStatus() == DeliverableStatus.RETURNED_BY_APPROVER).map(Deliverable::getAnsweredAt);
    }

    /**
     * Whether the department's check of the latest accepted version missed {@code due}: made after it, or not made
     * and {@code now} is past it (never without a due time or an accepted version).
     */
    public boolean checkOverdue(long departmentId, Instant due, Instant now) {
        if (due == null || checksOpenedAt().isEmpty()) {
            return false;
        }
        Optional<DeliverableCheck> check = latest().flatMap(d -> d.checkOf(departmentId));
        return check.map(k -> k.getCheckedAt().isAfter(due)).orElse(now.isAfter(due));
    }

    private Deliverable latest(long versionId) {
        Deliverable last = latest().orElseThrow(() -> new DomainException("deliverable.error.notFound"));
        if (last.getId() == null || last.getId() != versionId) {
            throw new DomainException("deliverable.error.notLatest");
        }
        return last;
    }

    private Deliverable awaitingAnswer(long versionId) {
        Deliverable d = latest(versionId);
        if (d.getStatus() != DeliverableStatus.SUBMITTED) {
            throw new DomainException("deliverable.error.notSubmitted");
        }
        return d;
    }

    private Deliverable checkable(long versionId) {
        Deliverable d = latest(versionId);
        d.getStatus().requireCheckable();
        return d;
    }
}
