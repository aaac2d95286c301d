package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;

class EnrolmentTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anActiveEnrolmentIsRevisedOrWithdrawnAndAWithdrawnOneEnrolsAgain() {
        Enrolment e = new Enrolment(1, "tag", "firm", "p1", "r1", T, "n1");
        e.submit(SubmissionKind.REVISE, "p2", "r2", T.plusSeconds(1), "n2");
        assertEquals("p2", e.getPriceSealed());
        assertEquals("r2", e.getReceiptHash());
        e.submit(SubmissionKind.WITHDRAW, null, "r3", T.plusSeconds(2), "n3");
        assertEquals(EnrolmentStatus.WITHDRAWN, e.getStatus());
        assertEquals("p2", e.getPriceSealed(), "a withdrawal keeps the last price sealed, it just does not count");
        assertEquals("enrolment.error.notActive", assertThrows(DomainException.class,
                () -> e.submit(SubmissionKind.REVISE, "p4", "r4", T, "n4")).messageKey());
        e.submit(SubmissionKind.REENROL, "p5", "r5", T.plusSeconds(3), "n5");
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        assertEquals(4, e.getSubmissions());
        assertEquals("eligibility.ALREADY_ENROLLED", assertThrows(DomainException.class,
                () -> e.submit(SubmissionKind.REENROL, "p6", "r6", T, "n6")).messageKey());
        assertEquals("eligibility.ALREADY_ENROLLED", assertThrows(DomainException.class,
                () -> e.submit(SubmissionKind.ENROL, "p6", "r6", T, "n6")).messageKey());
    }

    @Test
    void theReceiptHashIsTheDocumentedSha256AndChangesWithEveryInput() {
        String h = Receipt.hash(42, 1001, SubmissionKind.ENROL, new BigDecimal("55000.50"), T, "00ff");
        assertEquals(Sha256.hex("zjcs-receipt-v1\n42\n1001\nENROL\n55000.50\n2026-12-01T02:00:00Z\n00ff"), h);
        assertEquals(Sha256.hex("zjcs-receipt-v1\n42\n1001\nENROL\n-\n2026-12-01T02:00:00Z\n00ff"),
                Receipt.hash(42, 1001, SubmissionKind.ENROL, null, T, "00ff"));
        assertNotEquals(h, Receipt.hash(42, 1001, SubmissionKind.ENROL, new BigDecimal("55000.51"), T, "00ff"));
        assertNotEquals(h, Receipt.hash(42, 1002, SubmissionKind.ENROL, new BigDecimal("55000.50"), T, "00ff"));
        assertNotEquals(h, Receipt.hash(42, 1001, SubmissionKind.ENROL, new BigDecimal("55000.50"), T, "00fe"));
    }
}
