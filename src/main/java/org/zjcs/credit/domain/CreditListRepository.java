package org.zjcs.credit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.domain.Organisation;

/** The list entries, the credit repair applications and the findings of false materials. */
public interface CreditListRepository {

    /** Persists a new entry, repair application or finding (assigns its id). */
    void add(CreditListEntry e);

    void add(CreditRepair r);

    void add(CreditFinding f);

    /** Writes the pending changes (e.g. the evidence just added) before they are audited. */
    void flush();

    Optional<CreditListEntry> entry(long id);

    /** The entry, locked till commit (an early end and a repair decision never cross). */
    Optional<CreditListEntry> lockEntry(long id);

    List<CreditListEntry> entriesOf(long firmId);

    List<CreditListEntry> entries(ListKind kind);

    /** The newest {@code max} entries of one list (newest start first). */
    List<CreditListEntry> latest(ListKind kind, int max);

    List<CreditListEntry> entries(int first, int size);

    long countEntries();

    /** The black-list entries current on {@code day} of several firms (one query), latest end first. */
    List<CreditListEntry> blackOnAny(Collection<Long> firmIds, LocalDate day);

    /** The firm's black entries current on {@code day}, the latest end first. */
    List<CreditListEntry> blackOn(long firmId, LocalDate day);

    Optional<CreditRepair> repair(long id);

    /** The application, locked till commit. */
    Optional<CreditRepair> lockRepair(long id);

    List<CreditRepair> repairsOf(long firmId);

    List<CreditRepair> repairsOfEntry(long entryId);

    List<CreditRepair> repairs(RepairStatus status);

    /** The latest applications, whatever their status. */
    List<CreditRepair> repairs();

    List<CreditFinding> findingsOf(long firmId);

    /** Every firm organisation (whatever its status), by name: whom a regulator may list. */
    List<Organisation> firms();

    /** The firm whose entry, repair application or finding has the stored file as evidence; empty when none has. */
    Optional<Long> firmOfEvidence(long fileId);
}
