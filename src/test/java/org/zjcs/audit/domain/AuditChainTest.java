package org.zjcs.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> records = new ArrayList<>();
        long prevId = 0;
        String prevHash = AuditChain.GENESIS_HASH;
        Instant t = Instant.parse("2026-11-22T01:02:03.123456789Z");
        for (int i = 0; i < n; i++) {
            AuditRecord r = AuditChain.next(prevId, prevHash, t.plusSeconds(i), "firm0" + i, "LOGIN", "UserAccount",
                    String.valueOf(1000 + i), "{\"client\":\"127.0.0.1\",\"username\":\"firm0" + i + "\"}");
            records.add(r);
            prevId = r.id();
            prevHash = r.hash();
        }
        return records;
    }

    private static ChainVerification verify(List<AuditRecord> records) {
        ChainVerifier v = new ChainVerifier();
        for (AuditRecord r : records) {
            if (!v.accept(r)) {
                break;
            }
        }
        AuditRecord last = records.isEmpty() ? null : records.get(records.size() - 1);
        return v.result(last == null ? 0 : last.id(), last == null ? AuditChain.GENESIS_HASH : last.hash());
    }

    private static AuditRecord withActor(AuditRecord r, String actor) {
        return new AuditRecord(r.id(), r.occurredAt(), actor, r.action(), r.objectType(), r.objectId(), r.details(),
                r.prevHash(), r.hash());
    }

    @Test
    void anIntactChainVerifies() {
        ChainVerification v = verify(chain(5));
        assertTrue(v.intact());
        assertEquals(5, v.checkedEntries());
    }

    @Test
    void theHashFollowsTheDocumentedFormula() {
        AuditRecord r = AuditChain.next(0, AuditChain.GENESIS_HASH, Instant.parse("2026-11-22T04:21:11.1Z"),
                "operator01", "LOGIN", "UserAccount", "5001", "{}");
        // sha256 of "1\n2026-11-22T04:21:11.100000Z\noperator01\nLOGIN\nUserAccount\n5001\n{}\n" + 64 zeros,
        // computed independently with: printf '%s' "$text" | sha256sum
        assertEquals("2026-11-22T04:21:11.100000Z", AuditChain.formatTime(r.occurredAt()));
        assertEquals("063cb52c41fa4b22ed8d759451eed6a153272db47458a161b8fadd70c73d1a17", r.hash());
        assertEquals(1, r.id());
    }

    @Test
    void timeIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
        AuditRecord r = chain(1).get(0);
        assertEquals(123456000, r.occurredAt().getNano());
    }

    @Test
    void tamperingWithOneEntryNamesThatEntry() {
        List<AuditRecord> records = chain(6);
        records.set(3, withActor(records.get(3), "someone-else"));
        ChainVerification v = verify(records);
        assertFalse(v.intact());
        assertEquals(4L, v.firstBrokenId());
        assertEquals(ChainVerification.Problem.HASH_MISMATCH, v.problem());
        assertEquals(3, v.checkedEntries());
    }

    @Test
    void rehashingATamperedEntryBreaksTheNextLink() {
        List<AuditRecord> records = chain(6);
        AuditRecord t = withActor(records.get(2), "someone-else");
        records.set(2, new AuditRecord(t.id(), t.occurredAt(), t.actor(), t.action(), t.objectType(), t.objectId(),
                t.details(), t.prevHash(), AuditChain.hashOf(t)));
        ChainVerification v = verify(records);
        assertEquals(4L, v.firstBrokenId());
        assertEquals(ChainVerification.Problem.LINK_BROKEN, v.problem());
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditRecord> records = chain(6);
        records.remove(2);
        ChainVerification v = verify(records);
        assertEquals(3L, v.firstBrokenId());
        assertEquals(ChainVerification.Problem.SEQUENCE_GAP, v.problem());
    }

    @Test
    void deletingTheLastEntriesIsFoundThroughTheHead() {
        List<AuditRecord> records = chain(6);
        AuditRecord head = records.get(5);
        ChainVerifier v = new ChainVerifier();
        records.subList(0, 4).forEach(v::accept);
        ChainVerification result = v.result(head.id(), head.hash());
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenId());
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        AuditRecord a = chain(1).get(0);
        AuditRecord b = AuditChain.next(0, AuditChain.GENESIS_HASH, a.occurredAt(), a.actor(), a.action(),
                a.objectType(), a.objectId(), a.details().replace("127.0.0.1", "127.0.0.2"));
        assertNotEquals(a.hash(), b.hash());
    }

    @Test
    void anEmptyChainIsIntact() {
        assertTrue(new ChainVerifier().result(0, AuditChain.GENESIS_HASH).intact());
    }
}
