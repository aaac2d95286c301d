package org.zjcs.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zjcs.audit.application.AuditService;
import org.zjcs.contract.application.ContractAnswers;
import org.zjcs.contract.application.ContractFiling;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.application.ServiceExtensions;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.credit.application.CreditService;
import org.zjcs.delivery.application.DepartmentChecks;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.ClockControl;

/**
 * The application services inside the server (Arquillian, Liberty managed container, the test run's MariaDB with the
 * demo data; docs/operations.md, "Tests in the container"): each context in its own test, through the fewest and most
 * stable entry points. The clock is the server's movable one; {@link ArqGuard} says who acts.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationServicesArqIT {

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.application();
    }

    @Inject
    Clock clock;

    @Inject
    ClockControl clockControl;

    @Inject
    ArqGuard guard;

    @Inject
    ArqData data;

    @AfterEach
    void nobodyAndRealTime() {
        guard.nobody();
        clockControl.reset();
    }

    /** The injected clock is the movable one: moving it moves "now" for every service. */
    @Test
    void clockMoves() {
        assertTrue(clockControl.available(), "the Arquillian server sets zjcs.test.clock");
        Instant before = clock.instant();
        clockControl.advance(Duration.ofDays(3));
        assertFalse(clock.instant().isBefore(before.plus(Duration.ofDays(3))));
        clockControl.reset();
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().getSeconds() < 5);
    }

    /**
     * Selection (deadline scheduling): a published notice is closed and selected by itself once the clock passes its
     * enrolment deadline; with no enrolment it fails. The notice is a copy of a demo notice with a deadline tomorrow.
     */
    @Test
    void selectionAtTheDeadline() throws InterruptedException {
        long id = data.number("SELECT MAX(id) + 1 FROM notice");
        Instant deadline = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String at = LocalDateTime.ofInstant(deadline, ZoneOffset.UTC).toString().replace('T', ' ');
        // every stored column (not the generated ones, which the database computes)
        String columns = data.text("SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'notice' AND extra NOT LIKE '%GENERATED%'");
        data.update("CREATE TEMPORARY TABLE arq_notice AS SELECT " + columns + " FROM notice WHERE id = 8008",
                // its own id; no sealed draw seed (sealed for 8008's id; one is drawn at the selection)
                "UPDATE arq_notice SET id = " + id + ", status = 'PUBLISHED', enrolment_deadline = '" + at + "', "
                        + "draw_commitment = NULL, draw_seed_sealed = NULL, draw_witness_salt = NULL, "
                        + "draw_witness_commitment = NULL",
                "INSERT INTO notice (" + columns + ") SELECT " + columns + " FROM arq_notice",
                "DROP TEMPORARY TABLE arq_notice");
        Thread.sleep(2000);
        assertEquals("PUBLISHED", status(id), "open until its deadline");

        clockControl.set(deadline.plusSeconds(1));
        Instant until = Instant.now().plusSeconds(60);
        while ("PUBLISHED".equals(status(id)) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertEquals("FAILED", status(id), "closed at its deadline; no enrolment, no selection");
    }

    /** Contract filing and service extensions (contract context): the rules of the Contract aggregate, end to end. */
    @Test
    void contractFilingAndExtensions() {
        // 8015: awarded to firm07, owner01's contract waits for firm07's answer
        guard.actAs("firm07", Role.FIRM);
        assertThrows(DomainException.class, () -> filing.submit(8015, new BigDecimal("99999999.00"), "content",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null), "never above the award");
        answers.confirm(7005);
        assertEquals("CONTRACTED", status(8015), "confirming the contract moves the notice on (ContractConfirmed)");

        // 8014: contracted with firm01, service until 2026-12-15
        guard.actAs("firm01", Role.FIRM);
        LocalDate end = LocalDate.of(2027, 1, 15);
        ContractExtension e = extensions.request(8014, end, "The site was closed for three weeks");
        assertThrows(DomainException.class, () -> extensions.request(8014, end.plusDays(5), "again"),
                "one pending request at a time");
        guard.actAs("owner01", Role.OWNER);
        extensions.approve(e.getId());
        assertEquals(end, queries.effectiveServiceEnd(8014).orElseThrow());
    }

    /**
     * Deliverable checks (delivery context): 8013's accepted version waits for the check of its one linked department
     * (approver01's); another department finds it absent, the linked one passes it once and the notice is completed.
     */
    @Test
    void deliverableChecks() {
        guard.actAs("approver02", Role.APPROVER);
        assertThrows(DomainException.class, () -> checks.pass(7103), "a department not linked to the notice");
        assertEquals("DELIVERED", status(8013));

        guard.actAs("approver01", Role.APPROVER);
        checks.pass(7103);
        assertEquals("COMPLETED", status(8013), "the last linked department passed it (DeliverablePassed)");
        assertThrows(DomainException.class, () -> checks.pass(7103), "each department checks a version once");
    }

    /** Credit: the kept sums of points agree with the events they come from. */
    @Test
    void creditRecompute() {
        assertEquals(java.util.List.of(), credit.recompute());
    }

    /** The working-day calendar: National Day is no working day, and counting runs past the holiday. */
    @Test
    void workingDayCalendar() {
        assertFalse(calendar.calendar().isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.calendar().addWorkingDays(LocalDate.of(2026, 9, 30), 1).isAfter(LocalDate.of(2026, 10, 7)));
    }

    /** The audit chain is intact after the demo data and whatever the other tests did. */
    @Test
    void auditChain() {
        assertTrue(audit.verifyAll().verification().intact());
    }

    @Inject
    ContractFiling filing;

    @Inject
    ContractAnswers answers;

    @Inject
    ServiceExtensions extensions;

    @Inject
    ContractQueries queries;

    @Inject
    DepartmentChecks checks;

    @Inject
    CreditService credit;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    private String status(long noticeId) {
        return data.text("SELECT status FROM notice WHERE id = ?", noticeId);
    }
}
