package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.PublicitySuspended;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.id.NoticeId;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.Upload;

/**
 * A firm's objection (质疑) in the publicity period (中选公示): an enrolled firm objects to the current result with
 * reasons and optional evidence until the period ends; the publicity period stops ({@link PublicitySuspended}) and the
 * owner is told, with {@code selection.objection.answer-working-days} working days to answer ({@link ObjectionAnswers}).
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    SelectionLookup lookup;

    @Inject
    ObjectionRepository objections;

    @Inject
    FileStorageService files;

    @Inject
    SelectionPeriods periods;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** An enrolled firm objects to the current result during the publicity period, with reasons and optional evidence. */
    public Objection raiseObjection(long noticeId, String reason, Upload evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = notices.lockPublic(noticeId);
        Instant now = clock.instant();
        Optional<SelectionResult> current = lookup.currentSelected(noticeId);
        Objection.checkRaisable(n.getStatus(), n.getPublicityEndsAt(), lookup.isEnrolled(noticeId, me.organisationId()),
                current.isPresent(), now);
        Long fileId = null;
        if (evidence != null && evidence.isPresent()) {
            fileId = files.store(evidence.content(), evidence.fileName(), "OBJECTION_EVIDENCE", me.organisationId()).getId();
        }
        Objection o = new Objection(noticeId, current.orElseThrow().getId(), me.organisationId(), reason, fileId, now,
                me.username(), periods.answerDue(now));
        objections.add(o);
        noticeEvents.fire(new PublicitySuspended(NoticeId.of(noticeId), now));
        journal.record("OBJECTION_RAISED", noticeId, Map.of("objection", String.valueOf(o.getId()),
                "round", String.valueOf(current.get().getRound()), "answerDue", o.getAnswerDue().toString()));
        journal.notifyOwner(n.getOwnerId(), "objection.notify.raised", List.of(n.getTitle()), noticeId);
        return o;
    }
}
