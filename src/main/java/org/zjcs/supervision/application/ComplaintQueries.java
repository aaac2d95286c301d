package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.ComplaintRepository;
import org.zjcs.supervision.domain.TargetKind;

/**
 * Reading complaints and reports: the reporter organisation reads its own, a regulator those routed to it; nobody else
 * reads any (an item that is not the caller's looks absent). Lists are keyset pages on the id, newest first.
 */
@ApplicationScoped
@Transactional
public class ComplaintQueries {

    public static final int PAGE_SIZE = 20;

    @Inject
    Guard guard;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintTargets targets;

    @Inject
    FileStorageService files;

    @Inject
    Clock clock;

    /** One page of the caller organisation's own complaints and reports. */
    public KeysetPage<Complaint> mine(String after, String before) {
        ZjcsPrincipal me = guard.requireLogin();
        return KeysetPage.read(after, before, c -> true, PAGE_SIZE,
                (c, backwards, limit) -> complaints.ofReporter(me.organisationId(), c == null ? null : c.id(), backwards, limit));
    }

    /** One page of the items routed to the calling regulator (only the open ones when {@code openOnly}). */
    public KeysetPage<Complaint> queue(boolean openOnly, String after, String before) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        return KeysetPage.read(after, before, c -> true, PAGE_SIZE, (c, backwards, limit) ->
                complaints.routedTo(me.organisationId(), openOnly, c == null ? null : c.id(), backwards, limit));
    }

    /** The cursor token of a row (for the pages' next/previous links). */
    public static String token(Complaint c) {
        return new KeysetCursor("", c.getId()).encode();
    }

    /** An item the caller may read: its reporter organisation's, or routed to the calling regulator. */
    public Complaint item(long id) {
        ZjcsPrincipal me = guard.requireLogin();
        boolean regulator = guard.hasRole(Role.REGULATOR);
        return complaints.find(id)
                .filter(c -> c.getReporterOrgId() == me.organisationId() || regulator && c.routedTo(me.organisationId()))
                .orElseThrow(() -> new DomainException("complaint.error.notFound"));
    }

    /** One of the caller organisation's own items (the reporter's page); another's looks absent. */
    public Complaint own(long id) {
        ZjcsPrincipal me = guard.requireLogin();
        return complaints.find(id).filter(c -> c.getReporterOrgId() == me.organisationId())
                .orElseThrow(() -> new DomainException("complaint.error.notFound"));
    }

    /** An evidence file for a regulator the complaint was routed to; empty for anyone else. */
    public Optional<StoredFile> evidenceForRegulator(long storedFileId) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        return complaints.evidenceRoutedTo(storedFileId, me.organisationId()) ? files.find(storedFileId) : Optional.empty();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The target's name as filed (a notice's title, an organisation's name). */
    public String targetName(Complaint c) {
        return c.getTargetName();
    }

    /** The reporter organisation's name: for the regulators only. */
    public String reporterName(Complaint c) {
        guard.requireRole(Role.REGULATOR);
        return targets.organisationName(c.getReporterOrgId());
    }

    /** The organisations a report may name for a kind (the report form). */
    public List<Organisation> targetChoices(TargetKind kind) {
        guard.requireLogin();
        return targets.choices(kind);
    }
}
