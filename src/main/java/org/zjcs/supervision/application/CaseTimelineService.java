package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.ApprovalCaseRepository;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The approval-case timeline: for a case number or an investment project code, the cases of the caller's department
 * only (another department's case looks like none), their notices, and every step of those notices that the contexts
 * provide ({@link TimelineSource}, collected with {@code Instance}), in time order.
 */
@ApplicationScoped
@Transactional
public class CaseTimelineService {

    @Inject
    Guard guard;

    /** A case with the ids of its notices and the steps of all of them in order. */
    public record CaseTimeline(ApprovalCase approvalCase, List<Long> noticeIds, List<TimelineEntry> entries) {

        public CaseTimeline {
            noticeIds = List.copyOf(noticeIds);
            entries = List.copyOf(entries);
        }
    }

    /**
     * The causal order of the kinds known today, for steps of one notice at the same instant: a selection and its
     * result announcement are written in one transaction, and so are an upheld objection, the voided result, its
     * announcement, the next round and its announcement (the end of a round before the start of the next). Kinds not
     * listed (added by later sources) come after them.
     */
    static final List<String> LIFE_CYCLE = List.of("NOTICE_PUBLISHED", "NOTICE_CORRECTED", "ENROLMENT",
            "ENROLMENT_WITHDRAWN", "OBJECTION_RAISED", "OBJECTION_REJECTED", "OBJECTION_UPHELD", "SELECTION_VOIDED",
            "RESULT_VOIDED", "SELECTION", "SELECTION_RUNNER_UP", "SELECTION_FAILED", "RESULT_ANNOUNCED", "FAILURE_ANNOUNCED",
            "AWARD_ANNOUNCED", "CONTRACT_SUBMITTED", "CONTRACT_RETURNED", "CONTRACT_WITHDRAWN", "AWARD_DECLINED",
            "DECLINE_ANNOUNCED", "CONTRACT_CONFIRMED", "NOTICE_CANCELLED");

    /** Time first, then the notice, then a stable order of what happened at the same moment. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Instant::compareTo))
            .thenComparingLong(TimelineEntry::noticeId)
            .thenComparingInt(e -> rank(e.kind()))
            .thenComparing(TimelineEntry::kind)
            .thenComparing(e -> String.join("\u0000", e.args()))
            .thenComparing(e -> e.actor() == null ? "" : e.actor());

    static int rank(String kind) {
        int i = LIFE_CYCLE.indexOf(kind);
        return i < 0 ? LIFE_CYCLE.size() : i;
    }

    @Inject
    ApprovalCaseService cases;

    @Inject
    Instance<TimelineSource> sources;

    /** For the logged-in approval staff: the cases of their department with this number or project code. */
    public List<CaseTimeline> timeline(String caseNumberOrProjectCode) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        return timelineOfDepartment(me.organisationId(), caseNumberOrProjectCode);
    }

    /** For a department (its API key checked by the caller): the cases of it with this number or project code. */
    public List<CaseTimeline> timelineOfDepartment(long departmentId, String caseNumberOrProjectCode) {
        List<CaseTimeline> result = new ArrayList<>();
        for (ApprovalCase c : cases.casesOfDepartmentByNumberOrCode(departmentId, caseNumberOrProjectCode)) {
            result.add(of(c));
        }
        return result;
    }

    /** For a department's approval system: its case with exactly this number. */
    public Optional<CaseTimeline> caseTimelineOfDepartment(long departmentId, String caseNumber) {
        return cases.caseOfDepartment(departmentId, caseNumber).map(this::of);
    }

    /** Cases per page of the regulators' list. */
    public static final int REGULATOR_PAGE = 20;

    @Inject
    ApprovalCaseRepository caseRepository;

    /**
     * For regulators: every department's cases, newest first, or those whose number starts with {@code prefix} in
     * number order; keyset-paged ({@code after} / {@code before} cursors: the number, or for the newest-first list the
     * id). A prefix longer than a case number finds nothing.
     */
    public KeysetPage<ApprovalCase> casesForRegulator(String prefix, String after, String before) {
        guard.requireRole(Role.REGULATOR);
        String p = prefix == null || prefix.isBlank() ? null : prefix.trim();
        if (p != null && p.length() > 64) {
            return new KeysetPage<>(List.of(), false, false);
        }
        return KeysetPage.read(after, before, c -> true, REGULATOR_PAGE,
                (cursor, backwards, limit) -> caseRepository.page(p, cursor, backwards, limit));
    }

    /** For regulators: any case's timeline, read-only, by its exact number (any department's). */
    public Optional<CaseTimeline> caseTimelineForRegulator(String caseNumber) {
        guard.requireRole(Role.REGULATOR);
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.trim().length() > 64) {
            return Optional.empty();
        }
        return caseRepository.byNumber(caseNumber.trim()).map(this::of);
    }

    private CaseTimeline of(ApprovalCase c) {
        List<Long> notices = cases.noticeIdsOfCase(c.getId());
        List<TimelineEntry> entries = new ArrayList<>();
        for (long notice : notices) {
            for (TimelineSource source : sources) {
                entries.addAll(source.stepsOf(notice));
            }
        }
        entries.sort(ORDER);
        return new CaseTimeline(c, notices, entries);
    }
}
