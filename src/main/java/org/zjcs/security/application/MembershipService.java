package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.AccountInvitation;
import org.zjcs.security.domain.AccountStatus;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;

/**
 * An organisation's member accounts. Its unit admin (the first account) invites members — an invitation code shown
 * once, valid for {@value #VALID_DAYS} days — and deactivates or reactivates them; the invited person accepts with a
 * user name and password of their own. Only the unit admin of the same organisation may act on its members; every
 * change is audited.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    Guard guard;

    public static final String VALID_DAYS = "account.invitation.valid-days";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new invitation and its code, which is shown to the unit admin this once and never stored. */
    public record Issued(long invitationId, String code, int validDays) {
    }

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    AccountStatusCache statusCache;

    @Inject
    NotificationService notifications;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** Whether the logged-in account is its organisation's (active) unit admin. */
    public boolean isUnitAdmin() {
        ZjcsPrincipal p = guard.requireLogin();
        UserAccount me = em.find(UserAccount.class, p.userId());
        return me != null && me.getStatus() == AccountStatus.ACTIVE && me.isUnitAdmin();
    }

    private UserAccount requireUnitAdmin() {
        ZjcsPrincipal p = guard.requireLogin();
        UserAccount me = em.find(UserAccount.class, p.userId());
        if (me == null || me.getStatus() != AccountStatus.ACTIVE || !me.isUnitAdmin()) {
            throw new DomainException("member.error.notUnitAdmin");
        }
        return me;
    }

    /** Invites a member to the admin's organisation, which must be approved and active. */
    public Issued invite(String displayName) {
        UserAccount admin = requireUnitAdmin();
        Organisation org = admin.getOrganisation();
        if (org.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("member.error.organisationNotActive");
        }
        String code = newCode();
        Instant now = clock.instant();
        int days = Math.max(1, settings.intValue(VALID_DAYS, 7));
        AccountInvitation invitation = new AccountInvitation(org.getId(), displayName, Sha256.hex(code), admin.getUsername(),
                now, now.plus(Duration.ofDays(days)));
        em.persist(invitation);
        em.flush();
        audit.record("MEMBER_INVITED", "AccountInvitation", String.valueOf(invitation.getId()),
                Map.of("organisation", String.valueOf(org.getId()), "displayName", invitation.getDisplayName(),
                        "expiresAt", invitation.getExpiresAt().toString()));
        return new Issued(invitation.getId(), code, days);
    }

    /** A fresh invitation code (shown once; only its SHA-256 is stored). */
    static String newCode() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The unit admin withdraws a pending invitation of its organisation. */
    public void revokeInvitation(long invitationId) {
        UserAccount admin = requireUnitAdmin();
        AccountInvitation invitation = em.find(AccountInvitation.class, invitationId);
        if (invitation == null || invitation.getOrganisationId() != admin.getOrganisation().getId()) {
            throw new DomainException("member.error.notFound");
        }
        invitation.revoke(clock.instant());
        audit.record("MEMBER_INVITATION_REVOKED", "AccountInvitation", String.valueOf(invitationId), Map.of());
    }

    /** A pending, unexpired invitation with this code (for the page where it is accepted); refused otherwise. */
    public AccountInvitation openInvitation(String code) {
        AccountInvitation invitation = byCode(code, false);
        return invitation;
    }

    /** The organisation an invitation is for, shown to the invited person. */
    public String organisationName(AccountInvitation invitation) {
        return accounts.organisation(invitation.getOrganisationId()).getName();
    }

    /** The invited person creates their account; the invitation is used up. Returns the new account's id. */
    public long acceptInvitation(String code, String username, String password) {
        AccountInvitation invitation = byCode(code, true);
        Organisation org = accounts.organisation(invitation.getOrganisationId());
        if (org.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("member.error.organisationNotActive");
        }
        accounts.checkNewAccount(username, password);
        Instant now = clock.instant();
        UserAccount account = new UserAccount(username.trim(), Passwords.hash(password), invitation.getDisplayName(), org,
                EnumSet.of(org.getKind().memberRole()), now);
        if (invitation.isUnitAdmin()) {
            account.makeUnitAdmin(); // the operator's invitation of a department's or regulator's first account
        }
        em.persist(account);
        em.flush();
        invitation.accept(account.getId(), now);
        audit.recordAs(account.getUsername(), "MEMBER_JOINED", "UserAccount", String.valueOf(account.getId()),
                Map.of("organisation", String.valueOf(org.getId()), "invitation", String.valueOf(invitation.getId()),
                        "unitAdmin", String.valueOf(invitation.isUnitAdmin())));
        notifications.notifyOrganisation(org.getId(), "notification.member.joined",
                List.of(account.getDisplayName(), account.getUsername()), "/account/members.xhtml");
        return account.getId();
    }

    /** The unit admin deactivates a member of its organisation: it can no longer log in, its records stay. */
    public void deactivateMember(long userId) {
        UserAccount member = memberOfMyUnit(userId);
        if (member.getStatus() != AccountStatus.ACTIVE) {
            throw new DomainException("member.error.alreadyInactive");
        }
        member.deactivate();
        statusCache.forget(userId);
        audit.record("MEMBER_DEACTIVATED", "UserAccount", String.valueOf(userId), Map.of("username", member.getUsername()));
    }

    public void reactivateMember(long userId) {
        UserAccount member = memberOfMyUnit(userId);
        if (member.getStatus() == AccountStatus.ACTIVE) {
            throw new DomainException("member.error.alreadyActive");
        }
        member.reactivate();
        statusCache.forget(userId);
        audit.record("MEMBER_REACTIVATED", "UserAccount", String.valueOf(userId), Map.of("username", member.getUsername()));
    }

    /** The accounts of the unit admin's organisation, admin first. */
    public List<UserAccount> members() {
        UserAccount admin = requireUnitAdmin();
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organisation.id = :org ORDER BY u.unitAdmin DESC, u.id",
                UserAccount.class).setParameter("org", admin.getOrganisation().getId()).getResultList();
    }

    /** The invitations of the unit admin's organisation, newest first. */
    public List<AccountInvitation> invitations() {
        UserAccount admin = requireUnitAdmin();
        return em.createNamedQuery("AccountInvitation.ofOrganisation", AccountInvitation.class)
                .setParameter("org", admin.getOrganisation().getId()).getResultList();
    }

    private UserAccount memberOfMyUnit(long userId) {
        UserAccount admin = requireUnitAdmin();
        UserAccount member = em.find(UserAccount.class, userId);
        if (member == null || !member.getOrganisation().getId().equals(admin.getOrganisation().getId())) {
            throw new DomainException("member.error.notFound");
        }
        if (member.isUnitAdmin()) {
            throw new DomainException("member.error.adminItself");
        }
        return member;
    }

    private AccountInvitation byCode(String code, boolean lock) {
        if (code == null || code.isBlank() || code.length() > 100) {
            throw new DomainException("member.error.invitationInvalid");
        }
        List<AccountInvitation> found = em.createNamedQuery("AccountInvitation.byCodeHash", AccountInvitation.class)
                .setParameter("hash", Sha256.hex(code.trim())).getResultList();
        if (found.isEmpty()) {
            throw new DomainException("member.error.invitationInvalid");
        }
        AccountInvitation invitation = lock
                ? em.find(AccountInvitation.class, found.get(0).getId(), LockModeType.PESSIMISTIC_WRITE) : found.get(0);
        if (invitation.getStatus() != org.zjcs.security.domain.InvitationStatus.PENDING) {
            throw new DomainException("member.error.invitationClosed");
        }
        if (invitation.isExpired(clock.instant())) {
            throw new DomainException("member.error.invitationExpired");
        }
        return invitation;
    }
}
