package org.zjcs.audit.domain;

/**
 * Walks the chain in id order and names the first entry that does not fit. Fed one record at a
 * time so that a chain of millions of entries never has to be in memory at once.
 */
public final class ChainVerifier {

    private long expectedId = 1;
    private String expectedPrevHash = AuditChain.GENESIS_HASH;
    private long checked;
    private ChainVerification failure;

    /** A walk from the first entry. */
    public ChainVerifier() {
    }

    /**
     * A walk that continues after an entry verified earlier (a checkpoint): the next entry must be
     * {@code verifiedId + 1} and link to {@code verifiedHash}. Entries up to the checkpoint are not looked at again.
     */
    public ChainVerifier(long verifiedId, String verifiedHash) {
        this.expectedId = verifiedId + 1;
        this.expectedPrevHash = verifiedHash;
    }

    /** The last entry found intact so far (0 and the genesis hash before any): the next checkpoint. */
    public long lastVerifiedId() {
        return expectedId - 1;
    }

    public String lastVerifiedHash() {
        return expectedPrevHash;
    }

    /** Checks the next record; returns false once the chain is found broken (later records are not checked). */
    public boolean accept(AuditRecord r) {
        if (failure != null) {
            return false;
        }
        if (r.id() != expectedId) {
            failure = ChainVerification.broken(checked, Math.min(r.id(), expectedId), ChainVerification.Problem.SEQUENCE_GAP);
            return false;
        }
        if (!r.prevHash().equals(expectedPrevHash)) {
            failure = ChainVerification.broken(checked, r.id(), ChainVerification.Problem.LINK_BROKEN);
            return false;
        }
        if (!AuditChain.hashOf(r).equals(r.hash())) {
            failure = ChainVerification.broken(checked, r.id(), ChainVerification.Problem.HASH_MISMATCH);
            return false;
        }
        checked++;
        expectedId = r.id() + 1;
        expectedPrevHash = r.hash();
        return true;
    }

    /**
     * The verdict. {@code headId}/{@code headHash} are the chain head as last written; when the last
     * entries were deleted the walk ends early and the head tells.
     */
    public ChainVerification result(long headId, String headHash) {
        if (failure != null) {
            return failure;
        }
        long lastId = expectedId - 1;
        if (headId != lastId) {
            return ChainVerification.broken(checked, lastId + 1, ChainVerification.Problem.SEQUENCE_GAP);
        }
        if (headId > 0 && !headHash.equals(expectedPrevHash)) {
            return ChainVerification.broken(checked, lastId, ChainVerification.Problem.HASH_MISMATCH);
        }
        return ChainVerification.ok(checked);
    }
}
