package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.Upload;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.ComplaintRepository;
import org.zjcs.supervision.domain.ReportTopic;
import org.zjcs.supervision.domain.TargetKind;

/**
 * Filing and withdrawing complaints (投诉) and reports (举报). A firm complains about the owner's rejection of its own
 * objection within {@link ComplaintPeriods#PERIOD_DAYS} working days of the rejection, once per objection; anyone
 * logged in reports misconduct against a notice, a firm, an owner unit or an approval department that exists. Either
 * is routed to the regulators ({@link ComplaintTargets}), due within {@link ComplaintPeriods#ANSWER_DAYS} working days,
 * with up to {@value Complaint#MAX_FILES} evidence files (the shared upload checks), audited, and the regulators told.
 * A refusal stores nothing.
 */
@ApplicationScoped
@Transactional
public class ComplaintFiling {

    static final String PURPOSE = "COMPLAINT_EVIDENCE";

    @Inject
    Guard guard;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ObjectionFacts objections;

    @Inject
    ComplaintTargets targets;

    @Inject
    ComplaintPeriods periods;

    @Inject
    FileStorageService files;

    @Inject
    ComplaintJournal journal;

    @Inject
    Clock clock;

    /** A firm complains to the regulators about the rejection of its objection. */
    public Complaint complain(Long objectionId, String text, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        if (objectionId == null) {
            throw new DomainException("complaint.error.objectionRequired");
        }
        Instant now = clock.instant();
        Objection o = objections.objection(objectionId);
        boolean rejected = o.getStatus() == ObjectionStatus.REJECTED;
        Complaint.checkComplainable(objections.enrolled(o.getNoticeId(), me.organisationId()),
                o.getFirmId() == me.organisationId(), rejected, complaints.complainedAbout(objectionId),
                rejected ? periods.complaintPeriodEnds(o.getAnsweredAt()) : null, now);
        Notice n = targets.notice(o.getNoticeId());
        String code = targets.itemCode(n);
        Complaint c = Complaint.complaint(n.getId(), n.getTitle(), objectionId, code, objections.winnerObjectedTo(o).orElse(null),
                me.organisationId(), me.username(), text, now, periods.answerDue(now), targets.regulatorsOf(code));
        return filed(c, evidence, me, "COMPLAINT_FILED");
    }

    /**
     * Anyone logged in reports misconduct ({@code topic}: FORCED_DESIGNATION, EXTRA_FEES, OTHER) against a target that
     * exists: a notice (published or later) or an organisation of the named kind.
     */
    public Complaint report(String targetKind, Long targetId, String topic, String text, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireLogin();
        Instant now = clock.instant();
        TargetKind kind = TargetKind.parse(targetKind);
        if (targetId == null) {
            throw new DomainException("report.error.targetRequired");
        }
        ReportTopic t = ReportTopic.ofReport(topic);
        Complaint c;
        if (kind == TargetKind.NOTICE) {
            Notice n = targets.notice(targetId);
            String code = targets.itemCode(n);
            c = Complaint.report(t, kind, targetId, n.getTitle(), n.getId(), code, null, me.organisationId(), me.username(), text, now,
                    periods.answerDue(now), targets.regulatorsOf(code));
        } else {
            String name = targets.organisation(kind, targetId).getName();
            c = Complaint.report(t, kind, targetId, name, null, null, kind == TargetKind.FIRM ? targetId : null,
                    me.organisationId(), me.username(), text, now, periods.answerDue(now), targets.everyRegulator());
        }
        return filed(c, evidence, me, "REPORT_FILED");
    }

    /** The reporter withdraws its own open complaint or report. */
    public Complaint withdraw(long id) {
        ZjcsPrincipal me = guard.requireLogin();
        Complaint c = complaints.lock(id).filter(x -> x.getReporterOrgId() == me.organisationId())
                .orElseThrow(() -> new DomainException("complaint.error.notFound"));
        c.withdraw(clock.instant());
        complaints.flush();
        journal.record("COMPLAINT_WITHDRAWN", c, Map.of());
        return c;
    }

    private Complaint filed(Complaint c, List<Upload> evidence, ZjcsPrincipal me, String action) {
        List<Upload> present = Upload.present(evidence == null ? List.of() : evidence);
        if (present.size() > Complaint.MAX_FILES) {
            throw new DomainException("upload.error.listFull", Complaint.MAX_FILES);
        }
        files.storeAll(present, PURPOSE, me.organisationId()).forEach(c::addEvidence);
        complaints.add(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", c.getTopic().name());
        details.put("target", c.getTargetKind().name() + " " + c.getTargetId());
        if (c.getObjectionId() != null) {
            details.put("objection", String.valueOf(c.getObjectionId()));
        }
        details.put("routedTo", c.getRegulators().stream().sorted().toList().toString());
        details.put("due", c.getDueAt().toString());
        details.put("evidence", c.getEvidence().stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString());
        journal.record(action, c, details);
        journal.notifyFiled(c);
        return c;
    }
}
