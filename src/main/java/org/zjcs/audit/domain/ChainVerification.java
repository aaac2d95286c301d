package org.zjcs.audit.domain;

import java.io.Serializable;

/**
 * The outcome of checking the whole chain: how many entries were checked and, when it is broken,
 * the first entry that does not fit and why.
 */
public record ChainVerification(long checkedEntries, Long firstBrokenId, Problem problem) implements Serializable {

    public enum Problem {
        /** The entry's stored hash is not the hash of its content: the entry was altered. */
        HASH_MISMATCH,
        /** The entry's prev_hash is not the previous entry's hash: an entry before it was altered, removed or inserted. */
        LINK_BROKEN,
        /** The ids do not run 1, 2, 3, ...: an entry is missing or was inserted. */
        SEQUENCE_GAP
    }

    public boolean intact() {
        return firstBrokenId == null;
    }

    public static ChainVerification ok(long checked) {
        return new ChainVerification(checked, null, null);
    }

    public static ChainVerification broken(long checked, long id, Problem problem) {
        return new ChainVerification(checked, id, problem);
    }
}
