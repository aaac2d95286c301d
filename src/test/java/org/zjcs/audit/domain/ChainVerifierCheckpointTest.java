package org.zjcs.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifying only what was appended after a checkpoint (the readiness check's incremental walk). */
class ChainVerifierCheckpointTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        long id = 0;
        String hash = AuditChain.GENESIS_HASH;
        for (int i = 0; i < n; i++) {
            AuditRecord r = AuditChain.next(id, hash, Instant.parse("2026-12-05T01:00:00Z").plusSeconds(i), "u" + i,
                    "LOGIN", "UserAccount", String.valueOf(i), "{}");
            out.add(r);
            id = r.id();
            hash = r.hash();
        }
        return out;
    }

    private static ChainVerification walk(ChainVerifier v, List<AuditRecord> records, AuditRecord head) {
        for (AuditRecord r : records) {
            if (!v.accept(r)) {
                break;
            }
        }
        return v.result(head.id(), head.hash());
    }

    @Test
    void continuesAfterTheCheckpointAndMovesIt() {
        List<AuditRecord> c = chain(10);
        AuditRecord cp = c.get(5);
        ChainVerifier v = new ChainVerifier(cp.id(), cp.hash());
        ChainVerification r = walk(v, c.subList(6, 10), c.get(9));
        assertTrue(r.intact());
        assertEquals(4, r.checkedEntries(), "only the entries after the checkpoint were looked at");
        assertEquals(10, v.lastVerifiedId());
        assertEquals(c.get(9).hash(), v.lastVerifiedHash());
    }

    @Test
    void anEntryAfterTheCheckpointThatDoesNotLinkToItIsNamed() {
        List<AuditRecord> c = chain(10);
        AuditRecord cp = c.get(5);
        AuditRecord altered = c.get(6);
        List<AuditRecord> after = new ArrayList<>(c.subList(6, 10));
        after.set(0, new AuditRecord(altered.id(), altered.occurredAt(), "mallory", altered.action(), altered.objectType(),
                altered.objectId(), altered.details(), altered.prevHash(), altered.hash()));
        ChainVerification r = walk(new ChainVerifier(cp.id(), cp.hash()), after, c.get(9));
        assertFalse(r.intact());
        assertEquals(7L, r.firstBrokenId());
        assertEquals(ChainVerification.Problem.HASH_MISMATCH, r.problem());

        ChainVerification wrongCheckpoint = walk(new ChainVerifier(cp.id(), c.get(4).hash()), c.subList(6, 10), c.get(9));
        assertEquals(ChainVerification.Problem.LINK_BROKEN, wrongCheckpoint.problem(), "a checkpoint is id AND hash");
    }

    @Test
    void nothingNewIsIntactAtTheCheckpoint() {
        List<AuditRecord> c = chain(3);
        ChainVerification r = walk(new ChainVerifier(3, c.get(2).hash()), List.of(), c.get(2));
        assertTrue(r.intact());
        assertEquals(0, r.checkedEntries());
    }
}
