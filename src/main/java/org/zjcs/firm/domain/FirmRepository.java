package org.zjcs.firm.domain;

import java.util.List;
import java.util.Optional;

/** Persistence of firms (their review history comes with them) and their qualifications. */
public interface FirmRepository {

    /** One line of the public directory: the firm, its organisation's name, region and service items. */
    record DirectoryRow(long firmId, String name, String regionCode, List<Long> serviceItemIds) {
    }

    /** Persists a firm, a qualification or a qualification's review step. */
    void add(Object entity);

    void flush();

    Optional<Firm> find(long organisationId);

    List<Firm> awaitingReview();

    List<Firm> approved();

    /** Several firms at once with their service items (two queries), in no particular order. */
    List<Firm> findAll(java.util.Collection<Long> organisationIds);

    /** The qualifications of several firms (one query). */
    List<Qualification> qualificationsOf(java.util.Collection<Long> firmIds);

    /** The firm one of whose registration materials is the stored file {@code fileId}, if any. */
    Optional<Long> firmOfMaterial(long fileId);

    /** The qualification whose certificate scan is the stored file {@code fileId}, if any. */
    Optional<Long> qualificationOfScan(long fileId);

    List<Qualification> qualifications(long firmId);

    List<Qualification> qualifications(long firmId, QualificationStatus status);

    Optional<Qualification> findQualification(long id);

    /** The qualification, its row locked until the transaction ends, so that two decisions on it run one after the other. */
    Optional<Qualification> lockQualification(long id);

    /** Qualifications added or renewed by approved firms that wait for the operator, oldest submission first. */
    List<Qualification> qualificationsAwaitingReview();

    /** Whether a renewal of {@code qualificationId} is waiting for review or for the firm's correction. */
    boolean hasOpenRenewal(long qualificationId);

    /**
     * Whether the firm holds this certificate (approved, or submitted and not yet decided or returned), apart from
     * the qualifications {@code except} (the one being corrected, the one being renewed).
     */
    boolean holdsCertificate(long firmId, String typeCode, String certificateNo, List<Long> except);

    /** The review steps of all of a firm's qualifications, in order. */
    List<QualificationEvent> qualificationHistory(long firmId);

    /**
     * A page of the public directory by keyset on (name, id): approved, active firms after the cursor (before it when
     * {@code backwards}), by name, at most {@code limit} rows, always returned in name order. Two queries per page
     * (the firms, then their service items); no OFFSET, no COUNT.
     */
    List<DirectoryRow> directoryRows(String name, Long serviceItemId, String regionPrefix, String cursorName,
                                            Long cursorId, boolean backwards, int limit);

    List<Firm> directory(String name, Long serviceItemId, String regionPrefix, int first, int size);
}
