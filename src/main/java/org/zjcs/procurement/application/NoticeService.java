package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.EnrolmentWindow;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.procurement.domain.NoticeRequirement;
import org.zjcs.procurement.domain.NoticeRules;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeTimeSet;
import org.zjcs.procurement.domain.NoticeTerms;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.calendar.CalendarNotAvailableException;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;

/**
 * Procurement notices: the owner drafts (its own unit's, linked to its own approval cases), publishes, corrects before
 * the deadline and cancels; the public reads published notices and their announcements. A unit admin acts on all of
 * its unit's notices, a member on its own. Every transition is audited; every announcement is fixed with its hash.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

    @Inject
    Guard guard;

    public static final String MIN_DAYS = "notice.enrolment.min-working-days";
    public static final String DIRECT_PICK_THRESHOLD = "notice.direct-pick.threshold";
    static final String OBJECT_TYPE = "Notice";
    static final String ATTACHMENT = "NOTICE_ATTACHMENT";

    /** The draw seeds: 256 bits from the platform's strong random source, drawn at publication. */
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    NoticeRepository notices;

    @Inject
    SealingService sealing;

    @Inject
    Event<NoticeTimeSet> times;

    @Inject
    ApprovalCaseService cases;

    @Inject
    CatalogService catalog;

    @Inject
    FirmService firms;

    @Inject
    AccountService accounts;

    @Inject
    MembershipService membership;

    @Inject
    RegionService regions;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    FileStorageService files;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    WitnessService witnesses;

    // ---- drafting ----

    /** Saves a new draft ({@code id} null) or changes one of the caller's drafts; returns its id. */
    public long saveDraft(Long id, NoticeTerms terms) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Organisation owner = accounts.organisation(me.organisationId());
        if (owner.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("case.error.ownerNotActive");
        }
        NoticeTerms checked = NoticeRules.check(terms, threshold());
        ServiceItem item = catalog.item(checked.serviceItemId());
        if (!item.isInForce()) {
            throw new DomainException("notice.error.itemRetired", item.getCode());
        }
        if (regions.find(checked.regionCode()).isEmpty()) {
            throw new DomainException("notice.error.region");
        }
        for (Long caseId : checked.caseIds()) {
            cases.caseOfMyUnit(caseId);
        }
        for (NoticeTerms.AvoidanceLine a : checked.avoidances()) {
            if (firms.publicFirm(a.firmId()).isEmpty()) {
                throw new DomainException("notice.error.avoidanceFirm");
            }
        }
        List<NoticeRequirement> reqs = item.getRequirements().stream()
                .map(r -> new NoticeRequirement(r.getTypeCode(), r.getMinLevel())).toList();
        Instant now = clock.instant();
        Notice n;
        if (id == null) {
            n = new Notice(me.organisationId(), me.userId(), checked, item.getRequirementMode(), reqs, now);
            notices.add(n);
            audit.record("NOTICE_DRAFTED", OBJECT_TYPE, String.valueOf(n.getId()), Map.of("title", n.getTitle()));
        } else {
            n = mine(id, true);
            n.revise(checked, item.getRequirementMode(), reqs, now);
            audit.record("NOTICE_DRAFT_CHANGED", OBJECT_TYPE, String.valueOf(id), Map.of("title", n.getTitle()));
        }
        return n.getId();
    }

    public void addAttachment(long noticeId, Upload upload) {
        Notice n = mine(noticeId, true);
        if (upload == null || !upload.isPresent()) {
            throw new DomainException("notice.error.attachmentMissing");
        }
        StoredFile f = files.store(upload.content(), upload.fileName(), ATTACHMENT, n.getOwnerId());
        n.addAttachment(new NoticeAttachment(f.getId(), f.getDisplayName(), f.getSha256()), clock.instant());
        audit.record("NOTICE_ATTACHMENT_ADDED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("file", String.valueOf(f.getId()), "sha256", f.getSha256()));
    }

    public void removeAttachment(long noticeId, long storedFileId) {
        Notice n = mine(noticeId, true);
        n.removeAttachment(storedFileId, clock.instant());
        audit.record("NOTICE_ATTACHMENT_REMOVED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("file", String.valueOf(storedFileId)));
    }

    // ---- publication, correction, cancellation ----

    /** Saves the draft and publishes it in one transaction: when publication is refused, the changes are not kept either. */
    public long saveAndPublish(Long id, NoticeTerms terms) {
        long saved = saveDraft(id, terms);
        publishNotice(saved);
        return saved;
    }

    /**
     * Posts a failed notice (流标) again: a new draft with the same terms, cases and attachments, linked to the failed one;
     * the owner sets a new deadline and publishes it.
     */
    public long repostNotice(long failedNoticeId) {
        Notice failed = mine(failedNoticeId, false);
        if (failed.getStatus() != NoticeStatus.FAILED) {
            throw new DomainException("notice.error.notFailed");
        }
        long id = saveDraft(null, failed.terms());
        Notice draft = mine(id, true);
        draft.repostOf(failedNoticeId);
        Instant now = clock.instant();
        failed.getAttachments().forEach(a -> draft.addAttachment(new NoticeAttachment(a.getStoredFileId(), a.getDisplayName(),
                a.getSha256()), now));
        audit.record("NOTICE_REPOSTED", OBJECT_TYPE, String.valueOf(id), Map.of("failedNotice", String.valueOf(failedNoticeId)));
        return id;
    }

    /** Publishes a draft: the deadline must leave the minimum enrolment window; the text is fixed as an announcement. */
    public void publishNotice(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine(noticeId, true);
        if (n.getStatus() != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.notDraft");
        }
        ServiceItem item = catalog.item(n.getServiceItemId());
        if (!item.isInForce()) {
            throw new DomainException("notice.error.itemRetired", item.getCode());
        }
        for (Long caseId : n.getCaseIds()) {
            cases.caseOfMyUnit(caseId);
        }
        Instant now = clock.instant();
        Instant deadline = withCalendar(cal -> EnrolmentWindow.check(cal, now, n.getPlannedDeadline(), minDays()));
        byte[] seed = new byte[32];
        SEEDS.nextBytes(seed);
        String seedHex = HexFormat.of().formatHex(seed);
        // the independent witness commits to its own secret too: the draw needs both (docs/draw.md, "Version 2")
        WitnessService.Commitment witness = witnesses.commit(noticeId);
        n.publish(deadline, Sha256.hex(seed), sealing.sealer().seal(seedContext(noticeId), seedHex), witness.saltHex(),
                witness.commitment(), now);
        Announcement a = announce(n, AnnouncementKind.PUBLICATION, me.username(), null, null, now);
        timeSet(noticeId, deadline);
        audit.record("NOTICE_PUBLISHED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("deadline", deadline.toString(), "announcement", String.valueOf(a.getId()), "hash", a.getContentHash()));
    }

    /**
     * A correction before the deadline, with its reason: what changed is announced; when the requirements or the deadline
     * change, the deadline is moved so that at least the minimum window remains from now.
     */
    public void correctNotice(long noticeId, CorrectionForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine(noticeId, true);
        if (n.getStatus() != NoticeStatus.PUBLISHED) {
            throw new DomainException("notice.error.notPublished");
        }
        Instant now = clock.instant();
        if (!n.isOpenAt(now)) {
            throw new DomainException("notice.error.correctionAfterDeadline");
        }
        String reason = required(form.reason(), "notice.error.correctionReason", 1000);
        String content = required(form.serviceContent(), "notice.error.serviceContent", 4000);
        String scale = required(form.projectScale(), "notice.error.projectScale", 1000);
        NoticeTerms phones = NoticeRules.check(new NoticeTerms(n.getServiceItemId(), n.getTitle(), content, scale,
                n.getRegionCode(), n.getFundSource(), n.getMethod(), n.getFixedPrice(), n.getPriceFloor(), n.getPriceCeiling(),
                n.getMinBidders(), n.getWeightPrice(), n.getWeightCredit(), n.getWeightQualification(), n.getCoefficients(),
                n.getDirectPickReason(), n.getServiceDays(), n.getPlannedDeadline(), n.getContactName(), form.contactPhone(),
                form.complaintPhone(), n.getCaseIds(), List.of()), threshold());
        RequirementMode mode = form.requirementMode() == null ? n.getRequirementMode() : form.requirementMode();
        LocalDateTime requested = form.deadline() == null ? n.getPlannedDeadline() : form.deadline();
        boolean deadlineChanged = !requested.equals(n.getPlannedDeadline());
        boolean requirementsChanged = mode != n.getRequirementMode();
        LocalDateTime planned = n.getPlannedDeadline();
        Instant deadline = n.getEnrolmentDeadline();
        boolean extended = false;
        if (deadlineChanged || requirementsChanged) {
            LocalDateTime moved = withCalendar(cal -> EnrolmentWindow.atLeastMinimum(cal, now, requested, minDays()));
            extended = !moved.equals(requested);
            planned = moved;
            deadline = moved.atZone(org.zjcs.shared.time.BusinessTime.ZONE).toInstant();
        }
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        change(changes, "serviceContent", n.getServiceContent(), content);
        change(changes, "projectScale", n.getProjectScale(), scale);
        change(changes, "contactPhone", n.getContactPhone(), phones.contactPhone());
        change(changes, "complaintPhone", n.getComplaintPhone(), phones.complaintPhone());
        change(changes, "requirementMode", n.getRequirementMode().name(), mode.name());
        change(changes, "enrolmentDeadline", n.getEnrolmentDeadline().toString(), deadline.toString());
        if (changes.isEmpty()) {
            throw new DomainException("notice.error.nothingChanged");
        }
        n.correct(content, scale, phones.contactPhone(), phones.complaintPhone(), mode, deadline, planned, now);
        Announcement a = announce(n, AnnouncementKind.CORRECTION, me.username(), reason, changesJson(changes, extended), now);
        timeSet(noticeId, deadline);
        audit.record("NOTICE_CORRECTED", OBJECT_TYPE, String.valueOf(noticeId), Map.of("reason", reason,
                "changed", String.join(",", changes.keySet()), "announcement", String.valueOf(a.getId())));
    }

    /** Terminates a published notice (终止公告) with its reason. */
    public void cancelNotice(long noticeId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine(noticeId, true);
        String r = required(reason, "notice.error.cancelReason", 1000);
        Instant now = clock.instant();
        n.cancel(now);
        Announcement a = announce(n, AnnouncementKind.CANCELLATION, me.username(), r, null, now);
        audit.record("NOTICE_CANCELLED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("reason", r, "announcement", String.valueOf(a.getId())));
    }

    // ---- reading ----

    /** The caller's notices: all of the unit's for its unit admin, the member's own otherwise; newest first. */
    public List<Notice> myNotices() {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        return membership.isUnitAdmin() ? notices.ofOwner(me.organisationId()) : notices.ofCreator(me.organisationId(), me.userId());
    }

    /** One of the caller's notices, in any state. */
    public Notice myNotice(long noticeId) {
        return mine(noticeId, false);
    }

    /** A notice the public may read (published or later); empty for a draft or an unknown id. */
    public Optional<Notice> publicNotice(long noticeId) {
        return notices.find(noticeId).filter(n -> n.getStatus().isPublic());
    }

    public List<Announcement> announcements(long noticeId) {
        return notices.announcements(noticeId);
    }

    /**
     * A page of the public list by keyset (see {@link NoticeRepository#publicRows}): rows after the cursor, or before it
     * when {@code backwards}; {@code limit} is one more than the page size, so that the caller knows whether more follow.
     */
    public List<NoticeRepository.PublicRow> publicRows(NoticeRepository.PublicFilter filter, Instant cursorAt, Long cursorId,
                                                       boolean backwards, int limit) {
        return notices.publicRows(filter, cursorAt, cursorId, backwards, limit);
    }

    /** The approval cases of a notice the caller may see (public: case number, project and department only). */
    public List<ApprovalCase> casesOf(Notice n) {
        List<ApprovalCase> list = new ArrayList<>();
        for (Long id : n.getCaseIds()) {
            cases.find(id).ifPresent(list::add);
        }
        return list;
    }

    /** Working days left to enrol (0 once the deadline has passed or when not published). */
    public int workingDaysLeft(Notice n) {
        if (n.getEnrolmentDeadline() == null) {
            return 0;
        }
        Instant now = clock.instant();
        return withCalendar(cal -> EnrolmentWindow.workingDaysLeft(cal, now, n.getEnrolmentDeadline()));
    }

    public boolean isOpen(Notice n) {
        return n.isOpenAt(clock.instant());
    }

    /** The earliest deadline date a notice published today may have (the form shows it). */
    public LocalDate earliestDeadline() {
        Instant now = clock.instant();
        return withCalendar(cal -> EnrolmentWindow.earliestDate(cal, now, minDays()));
    }

    public int minDays() {
        return Math.max(1, settings.intValue(MIN_DAYS, 3));
    }

    public BigDecimal threshold() {
        return settings.decimalValue(DIRECT_PICK_THRESHOLD, new BigDecimal("100000.00"));
    }

    /** An attachment of a published notice, for anyone; empty for drafts and for files not attached to it. */
    public Optional<NoticeAttachment> publicAttachment(long noticeId, long storedFileId) {
        return publicNotice(noticeId).flatMap(n -> n.getAttachments().stream()
                .filter(a -> a.getStoredFileId() == storedFileId).findFirst());
    }

    // ---- helpers ----

    /**
     * The caller's notice: of its organisation, and its own unless it is the unit admin; locked for update when it
     * is about to change. Another owner's notice and an unknown id are refused alike.
     */
    private Notice mine(long noticeId, boolean forUpdate) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Optional<Notice> found = forUpdate ? notices.lock(noticeId) : notices.find(noticeId);
        Notice n = found.filter(x -> x.getOwnerId() == me.organisationId()).orElseThrow(
                () -> new DomainException("notice.error.notFound"));
        if (n.getCreatedByUser() != me.userId() && !membership.isUnitAdmin()) {
            throw new DomainException("notice.error.notFound");
        }
        return n;
    }

    private Announcement announce(Notice n, AnnouncementKind kind, String actor, String reason, String changes, Instant now) {
        String content = snapshot(n, kind, now);
        Announcement a = new Announcement(n.getId(), kind, now, actor, reason, changes, content, Sha256.hex(content));
        notices.add(a);
        return a;
    }

    /** The notice as canonical JSON (fixed key order, amounts as plain strings, instants in ISO-8601 UTC). */
    String snapshot(Notice n, AnnouncementKind kind, Instant at) {
        return snapshotBuilder(n, kind, at).build().toString();
    }

    /**
     * An announcement of the selection (result, failure, voided result, award), made by the system or the owner: the
     * notice's text at that moment with the outcome appended as {@code "outcome"}, fixed and hashed like the others.
     */
    public Announcement announceOutcome(Notice n, AnnouncementKind kind, String actor, String reason, JsonObject outcome,
                                        Instant now) {
        String content = snapshotBuilder(n, kind, now).add("outcome", outcome).build().toString();
        Announcement a = new Announcement(n.getId(), kind, now, actor, reason, null, content, Sha256.hex(content));
        notices.add(a);
        return a;
    }

    /** Tells the schedulers that something about the notice is due at {@code at} (after the transaction commits). */
    public void timeSet(long noticeId, Instant at) {
        times.fire(new NoticeTimeSet(noticeId, at));
    }

    private JsonObjectBuilder snapshotBuilder(Notice n, AnnouncementKind kind, Instant at) {
        ServiceItem item = catalog.item(n.getServiceItemId());
        JsonArrayBuilder reqs = Json.createArrayBuilder();
        n.getRequirements().forEach(r -> reqs.add(Json.createObjectBuilder().add("type", r.getTypeCode())
                .add("minLevel", Objects.toString(r.getMinLevel(), ""))));
        JsonArrayBuilder linked = Json.createArrayBuilder();
        casesOf(n).forEach(c -> linked.add(Json.createObjectBuilder().add("caseNumber", c.getCaseNumber())
                .add("projectCode", Objects.toString(c.getProjectCode(), ""))));
        JsonArrayBuilder avoid = Json.createArrayBuilder();
        n.getAvoidances().forEach(a -> avoid.add(Json.createObjectBuilder().add("firm", a.getFirmId()).add("reason", a.getReason())));
        JsonArrayBuilder att = Json.createArrayBuilder();
        n.getAttachments().forEach(a -> att.add(Json.createObjectBuilder().add("name", a.getDisplayName())
                .add("sha256", a.getSha256())));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("notice", n.getId())
                .add("announcement", kind.name())
                .add("at", at.toString())
                .add("owner", accounts.organisation(n.getOwnerId()).getName())
                .add("title", n.getTitle())
                .add("serviceItem", item.getCode())
                .add("serviceContent", n.getServiceContent())
                .add("projectScale", n.getProjectScale())
                .add("region", n.getRegionCode())
                .add("fundSource", n.getFundSource().name())
                .add("method", n.getMethod().name())
                .add("fixedPrice", plain(n.getFixedPrice()))
                .add("priceFloor", plain(n.getPriceFloor()))
                .add("priceCeiling", plain(n.getPriceCeiling()))
                .add("minBidders", n.getMinBidders())
                .add("weights", n.getWeightPrice() == null ? "" : n.getWeightPrice() + "/" + n.getWeightCredit() + "/"
                        + n.getWeightQualification())
                .add("coefficients", Objects.toString(n.getCoefficients(), ""))
                .add("directPickReason", Objects.toString(n.getDirectPickReason(), ""))
                .add("requirementMode", n.getRequirementMode().name())
                .add("requirements", reqs)
                .add("serviceDays", n.getServiceDays())
                .add("enrolmentDeadline", n.getEnrolmentDeadline() == null ? "" : n.getEnrolmentDeadline().toString())
                .add("contactName", n.getContactName())
                .add("contactPhone", n.getContactPhone())
                .add("complaintPhone", n.getComplaintPhone())
                .add("approvalCases", linked)
                .add("avoidances", avoid)
                .add("attachments", att)
                .add("drawCommitment", Objects.toString(n.getDrawCommitment(), ""));
        if (n.getDrawWitnessCommitment() != null) {
            o.add("drawWitnessCommitment", n.getDrawWitnessCommitment());
        }
        return o;
    }

    /** The sealing context of a notice's draw seed (the selection opens it with the same context). */
    public static String seedContext(long noticeId) {
        return "notice|" + noticeId + "|draw-seed";
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }

    private static void change(Map<String, Map<String, String>> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("from", from);
            c.put("to", to);
            changes.put(field, c);
        }
    }

    private static String changesJson(Map<String, Map<String, String>> changes, boolean extended) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        changes.forEach((k, v) -> o.add(k, Json.createObjectBuilder().add("from", v.get("from")).add("to", v.get("to"))));
        if (extended) {
            o.add("deadlineExtended", true);
        }
        return o.build().toString();
    }

    private static String required(String s, String key, int max) {
        if (s == null || s.isBlank() || s.trim().length() > max) {
            throw new DomainException(key, String.valueOf(max));
        }
        return s.trim();
    }

    private <T> T withCalendar(java.util.function.Function<WorkingDayCalendar, T> f) {
        try {
            return f.apply(calendar.calendar());
        } catch (CalendarNotAvailableException e) {
            throw new DomainException("calendar.error.notAvailable", String.valueOf(e.year()));
        }
    }
}
