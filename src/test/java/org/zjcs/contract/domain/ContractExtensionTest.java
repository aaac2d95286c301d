package org.zjcs.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The life cycle of a service-period extension request and the rules of its dates and reasons. */
class ContractExtensionTest {

    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 31);
    static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");

    private static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    private static ContractExtension requested() {
        return new ContractExtension(7, 9, 1, START, END, END.plusDays(30), " More field work ", NOW, "firm");
    }

    @Test
    void onlyARequestIsAnsweredAndEachAnswerIsFinal() {
        assertEquals(ExtensionStatus.APPROVED, ExtensionStatus.REQUESTED.approve());
        assertEquals(ExtensionStatus.REFUSED, ExtensionStatus.REQUESTED.refuse());
        for (ExtensionStatus s : List.of(ExtensionStatus.APPROVED, ExtensionStatus.REFUSED)) {
            assertEquals("extension.error.notRequested", key(s::approve));
            assertEquals("extension.error.notRequested", key(s::refuse));
        }
    }

    @Test
    void theNewEndMustLieAfterTheCurrentEnd() {
        ContractExtension.checkRequest(START, END, END.plusDays(1), "reason");
        assertEquals("extension.error.notAfterCurrentEnd", key(() -> ContractExtension.checkRequest(START, END, END, "r")));
        assertEquals("extension.error.notAfterCurrentEnd",
                key(() -> ContractExtension.checkRequest(START, END, END.minusDays(10), "r")));
    }

    @Test
    void anEndBeforeTheServiceStartHasItsOwnMessage() {
        DomainException e = assertThrows(DomainException.class,
                () -> ContractExtension.checkRequest(START, END, START.minusDays(1), "r"));
        assertEquals("extension.error.endBeforeStart", e.messageKey());
        assertEquals("extension.error.endRequired", key(() -> ContractExtension.checkRequest(START, END, null, "r")));
    }

    @Test
    void aReasonIsRequiredAndLimited() {
        assertEquals("extension.error.reasonRequired", key(() -> ContractExtension.checkRequest(START, END, END.plusDays(1), " ")));
        assertEquals("extension.error.reasonRequired", key(() -> ContractExtension.checkRequest(START, END, END.plusDays(1), null)));
        assertEquals("extension.error.reasonTooLong",
                key(() -> ContractExtension.checkRequest(START, END, END.plusDays(1), "x".repeat(1001))));
    }

    @Test
    void approvedAndRefusedRequestsKeepTheirAnswer() {
        ContractExtension a = requested();
        assertEquals("More field work", a.getReason());
        a.approve(NOW, "owner");
        assertEquals(ExtensionStatus.APPROVED, a.getStatus());
        assertEquals("extension.error.notRequested", key(() -> a.refuse("late", NOW, "owner")));

        ContractExtension r = requested();
        assertEquals("extension.error.answerReasonRequired", key(() -> r.refuse("  ", NOW, "owner")));
        assertEquals(ExtensionStatus.REQUESTED, r.getStatus(), "a refusal without reason changes nothing");
        r.refuse(" Not needed ", NOW, "owner");
        assertEquals(ExtensionStatus.REFUSED, r.getStatus());
        assertEquals("Not needed", r.getAnswerReason());
        assertEquals(NOW, r.getAnsweredAt());
    }
}
