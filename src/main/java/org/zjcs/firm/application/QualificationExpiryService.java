package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;

/**
 * Warns firms before an approved qualification expires (setting qualification.expiry-warning-days, default 30),
 * so that they renew it in time; one waiting for review, returned or superseded is not warned about. Each
 * valid-to date is warned about once: the warning is claimed with a conditional UPDATE, so several servers
 * running the check at the same time send it once. Expired qualifications need no action: they stop counting
 * by their date (see {@link Qualification#isValidOn}).
 */
@ApplicationScoped
public class QualificationExpiryService {

    static final String WARNING_DAYS = "qualification.expiry-warning-days";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Sends the warnings that are due; returns how many it sent. */
    @Transactional
    public int warnExpiring() {
        LocalDate today = BusinessTime.dateOf(clock.instant());
        LocalDate horizon = today.plusDays(settings.intValue(WARNING_DAYS, 30));
        List<Qualification> due = em.createQuery("SELECT q FROM Qualification q, org.zjcs.firm.domain.Firm f "
                        + "WHERE f.organisationId = q.firmId AND f.review.status = org.zjcs.security.domain.RegistrationStatus.APPROVED "
                        + "AND q.status = org.zjcs.firm.domain.QualificationStatus.APPROVED "
                        + "AND q.validTo >= :today AND q.validTo <= :horizon", Qualification.class)
                .setParameter("today", today).setParameter("horizon", horizon).getResultList();
        int sent = 0;
        for (Qualification q : due) {
            int claimed = em.createNativeQuery("UPDATE firm_qualification SET expiry_warned_for = valid_to "
                            + "WHERE id = ? AND (expiry_warned_for IS NULL OR expiry_warned_for <> valid_to)")
                    .setParameter(1, q.getId()).executeUpdate();
            if (claimed == 1) {
                long daysLeft = ChronoUnit.DAYS.between(today, q.getValidTo());
                notifications.notifyOrganisation(q.getFirmId(), "notification.qualification.expiring",
                        List.of(q.getTypeCode(), q.getCertificateNo(), q.getValidTo().toString(), String.valueOf(daysLeft)),
                        "/firm/qualifications.xhtml");
                audit.recordAs(CurrentActor.SYSTEM, "QUALIFICATION_EXPIRY_WARNED", "Qualification", String.valueOf(q.getId()),
                        Map.of("firm", q.getFirmId(), "validTo", q.getValidTo().toString()));
                sent++;
            }
        }
        return sent;
    }
}
