package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.AccountStatus;
import org.zjcs.security.domain.PasswordReset;
import org.zjcs.security.domain.PasswordResetStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.settings.SettingsService;

/**
 * Password resets without an e-mail server: a user asks on the login page (the answer never says whether the account
 * exists; rate-limited per client address by RequestLimitFilter), the operator — or the unit admin, for the members of
 * its organisation — issues a one-time link valid {@value #VALID_HOURS} hours (setting, default 24), shown once to the
 * issuer (only its SHA-256 is kept), who passes it on. Issuing a new link replaces the account's older one. The link
 * itself is used in {@link PasswordChanges}. Everything is audited (never the code or a password).
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    public static final String VALID_HOURS = "security.password-reset.valid-hours";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new link's code, shown to the issuer this once and never stored. */
    public record Issued(long resetId, String code, int validHours, String username) {
    }

    /** One open request on the operator's list. */
    public record OpenRequest(long id, String username, String displayName, String organisation, String note,
                              Instant requestedAt, String client) {
    }

    /** An account the operator found by its user name. */
    public record FoundAccount(long id, String username, String displayName, String organisation, AccountStatus status)
            implements Serializable {
    }

    @Inject
    Guard guard;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditService audit;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /**
     * Someone asks for a reset of {@code username} on the login page. Stored only for an active account (one open
     * request per account: asking again updates it); the caller learns nothing either way.
     */
    public void request(String username, String note, String client) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            throw new DomainException("password.error.usernameRequired");
        }
        if (note != null && note.strip().length() > PasswordReset.MAX_NOTE) {
            throw new DomainException("password.error.noteTooLong", PasswordReset.MAX_NOTE);
        }
        Instant now = clock.instant();
        Optional<UserAccount> account = name.length() > 64 ? Optional.empty() : accounts.findByUsername(name)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("client", client == null ? "" : client);
        if (account.isEmpty()) {
            // what was typed is not kept: it names no account (it may be a mistyped password)
            audit.recordAs(CurrentActor.ANONYMOUS, "PASSWORD_RESET_REQUESTED", "UserAccount", "unknown", details);
            return;
        }
        UserAccount a = account.get();
        List<PasswordReset> open = open(a.getId(), PasswordResetStatus.REQUESTED);
        PasswordReset reset;
        if (open.isEmpty()) {
            reset = PasswordReset.requested(a.getId(), note, client, now);
            em.persist(reset);
            em.flush();
        } else {
            reset = open.get(0);
            reset.requestedAgain(note, client, now);
        }
        details.put("username", a.getUsername());
        audit.recordAs(a.getUsername(), "PASSWORD_RESET_REQUESTED", "PasswordReset", String.valueOf(reset.getId()), details);
    }

    /** The operator issues the link for an open request. */
    public Issued issueForRequest(long requestId) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        PasswordReset reset = em.find(PasswordReset.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (reset == null) {
            throw new DomainException("password.error.requestNotFound");
        }
        if (reset.getStatus() != PasswordResetStatus.REQUESTED) {
            throw new DomainException("password.error.requestClosed");
        }
        return issue(activeAccount(reset.getAccountId()), operator, "operator");
    }

    /** The operator issues a link for any account found by its user name (asked or not). */
    public Issued issueForUsername(String username) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        FoundAccount found = find(username);
        return issue(activeAccount(found.id()), operator, "operator");
    }

    /** The unit admin issues a link for a member of its own organisation (not for itself: it changes its own). */
    public Issued issueForMember(long userId) {
        ZjcsPrincipal p = guard.requireLogin();
        UserAccount admin = em.find(UserAccount.class, p.userId());
        if (admin == null || admin.getStatus() != AccountStatus.ACTIVE || !admin.isUnitAdmin()) {
            throw new DomainException("member.error.notUnitAdmin");
        }
        UserAccount member = em.find(UserAccount.class, userId);
        if (member == null || !member.getOrganisation().getId().equals(admin.getOrganisation().getId())
                || member.getId().equals(admin.getId())) {
            throw new DomainException("member.error.notFound");
        }
        return issue(activeAccount(userId), p, "unitAdmin");
    }

    /** The operator looks an account up by its exact user name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FoundAccount find(String username) {
        guard.requireRole(Role.OPERATOR);
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            throw new DomainException("password.error.usernameRequired");
        }
        UserAccount a = (name.length() > 64 ? Optional.<UserAccount>empty() : accounts.findByUsername(name))
                .orElseThrow(() -> new DomainException("password.error.accountNotFound", name));
        return new FoundAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganisation().getName(), a.getStatus());
    }

    /**
     * The open requests, newest first, keyset-paged by id: at most {@code limit} after (or, {@code backwards}, before)
     * the cursor, in list order. One query, no count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpenRequest> openRequests(KeysetCursor cursor, boolean backwards, int limit) {
        guard.requireRole(Role.OPERATOR);
        String where = cursor == null ? "" : backwards ? " AND r.id > :id" : " AND r.id < :id";
        var q = em.createQuery("SELECT NEW org.zjcs.security.application.PasswordResets.OpenRequest(r.id, u.username, "
                        + "u.displayName, o.name, r.note, r.requestedAt, r.requestClient) "
                        + "FROM PasswordReset r, UserAccount u JOIN u.organisation o "
                        + "WHERE u.id = r.accountId AND r.status = :status" + where
                        + " ORDER BY r.id " + (backwards ? "ASC" : "DESC"), OpenRequest.class)
                .setParameter("status", PasswordResetStatus.REQUESTED).setMaxResults(limit);
        if (cursor != null) {
            q.setParameter("id", cursor.id());
        }
        List<OpenRequest> rows = new ArrayList<>(q.getResultList());
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private Issued issue(UserAccount account, ZjcsPrincipal issuer, String as) {
        Instant now = clock.instant();
        int hours = Math.max(1, settings.intValue(VALID_HOURS, 24));
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PasswordReset reset = null;
        for (PasswordReset earlier : open(account.getId(), PasswordResetStatus.REQUESTED, PasswordResetStatus.ISSUED)) {
            if (reset == null && earlier.getStatus() == PasswordResetStatus.REQUESTED) {
                reset = earlier; // the user's request is answered by this link
            } else {
                earlier.replace(now);
            }
        }
        if (reset == null) {
            reset = PasswordReset.issuedUnasked(account.getId(), Sha256.hex(code), issuer.username(), now,
                    Duration.ofHours(hours));
            em.persist(reset);
            em.flush();
        } else {
            reset.issue(Sha256.hex(code), issuer.username(), now, Duration.ofHours(hours));
        }
        audit.record("PASSWORD_RESET_ISSUED", "PasswordReset", String.valueOf(reset.getId()),
                Map.of("account", String.valueOf(account.getId()), "username", account.getUsername(), "issuedAs", as,
                        "expiresAt", reset.getExpiresAt().toString()));
        return new Issued(reset.getId(), code, hours, account.getUsername());
    }

    private UserAccount activeAccount(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
            throw new DomainException("password.error.accountInactive");
        }
        return account;
    }

    private List<PasswordReset> open(long accountId, PasswordResetStatus... statuses) {
        return em.createNamedQuery("PasswordReset.openOfAccount", PasswordReset.class)
                .setParameter("account", accountId).setParameter("statuses", List.of(statuses))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
