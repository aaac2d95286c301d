package org.zjcs.supervision.domain;

import java.util.List;
import java.util.Optional;

/** Complaints and reports. The lists are keyset-paged on the id, newest first. */
public interface ComplaintRepository {

    void add(Complaint complaint);

    void flush();

    Optional<Complaint> find(long id);

    /** The complaint, locked for update until the transaction ends. */
    Optional<Complaint> lock(long id);

    /** Whether a complaint on this objection exists. */
    boolean complainedAbout(long objectionId);

    /** Whether the file is evidence of a complaint routed to the regulator organisation. */
    boolean evidenceRoutedTo(long storedFileId, long regulatorOrgId);

    /**
     * One page of the reporter organisation's items: ids below {@code beforeId} (newest first), or, {@code backwards},
     * above {@code afterId} (oldest first); at most {@code limit}.
     */
    List<Complaint> ofReporter(long reporterOrgId, Long cursorId, boolean backwards, int limit);

    /** One page of the items routed to the regulator organisation, only the open ones when {@code openOnly}. */
    List<Complaint> routedTo(long regulatorOrgId, boolean openOnly, Long cursorId, boolean backwards, int limit);
}
