package org.zjcs.contract.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The contracts of the notices: the {@link Contract} aggregate and its versions and extension requests. */
public interface ContractRepository {

    /** The notice's contract with its whole history (empty lists before the first filing). */
    Contract of(long noticeId);

    /** The notice's contract, its rows locked for an action (the caller holds the notice's lock first). */
    Contract lock(long noticeId);

    /** Persists what the aggregate added: a new version or extension request (assigns its id). */
    void add(ContractVersion c);

    void add(ContractExtension e);

    /** One contract version by id. */
    Optional<ContractVersion> find(long id);

    /** One extension request by id. */
    Optional<ContractExtension> findExtension(long id);

    /** Every version of the notice's contract, oldest first. */
    List<ContractVersion> ofNotice(long noticeId);

    /** Every service-period extension request of the notice, oldest first. */
    List<ContractExtension> extensionsOf(long noticeId);


    /** One owner unit's number of contract filings it was late in (its answer or its own upload). */
    record OwnerLateCount(long ownerId, String ownerName, long count) {
    }

    /**
     * Per owner unit, the contracts confirmed in {@code [from, to)} that are flagged owner-late (index
     * {@code ix_contract_version_owner_late}), most first.
     */
    List<OwnerLateCount> ownerLateCounts(Instant from, Instant to);
}
