package org.zjcs.firm.domain;

import java.util.List;
import java.util.Optional;

/** Persistence of firms' licence changes. */
public interface LicenceChangeRepository {

    void add(LicenceChange change);

    /** The firm's change that waits for review, if any. */
    Optional<LicenceChange> open(long firmId);

    /** The firm's latest change, whatever its state. */
    Optional<LicenceChange> latest(long firmId);

    /** Changes waiting for review, oldest submission first. */
    List<LicenceChange> awaitingReview();

    /** The change whose new licence file is the stored file {@code fileId}, if any. */
    Optional<Long> changeOfFile(long fileId);

    /** The firm, its row locked until the transaction ends (two submissions of one firm run one after the other). */
    Optional<Firm> lockFirm(long firmId);
}
