package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.event.CurrentActor;

/**
 * A new installation has no accounts. When ZJCS_ADMIN_PASSWORD (server variable zjcs.admin.password) is
 * set and no operator account exists yet, start-up creates the operator account "admin" with it, so that
 * the operating agency can log in and set up everything else. Never overwrites an existing account.
 */
@ApplicationScoped
public class InitialOperator {

    private static final Logger LOG = Logger.getLogger(InitialOperator.class.getName());
    static final String USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "zjcs.admin.organisation")
    String organisationName;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            return;
        }
        long operators = em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role", Long.class)
                .setParameter("role", Role.OPERATOR).getSingleResult();
        if (operators > 0) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            LOG.severe("ZJCS_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH + " characters: no operator account created");
            return;
        }
        if (org.zjcs.security.domain.PasswordPolicy.isCommon(password)) {
            LOG.severe("ZJCS_ADMIN_PASSWORD is one of the 10,000 most common passwords: no operator account created");
            return;
        }
        Instant now = clock.instant();
        Organisation org = new Organisation(organisationName, OrganisationKind.OPERATOR, null, OrganisationStatus.ACTIVE, now);
        em.persist(org);
        UserAccount admin = new UserAccount(USERNAME, Passwords.hash(password), organisationName, org,
                EnumSet.of(Role.OPERATOR), now);
        admin.makeUnitAdmin();
        em.persist(admin);
        em.flush();
        audit.recordAs(CurrentActor.SYSTEM, "INITIAL_OPERATOR_CREATED", "UserAccount", String.valueOf(admin.getId()),
                Map.of("username", USERNAME, "organisation", organisationName));
        LOG.info("Created the initial operator account '" + USERNAME + "'");
    }
}
