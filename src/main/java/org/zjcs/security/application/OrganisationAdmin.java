package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.AccountInvitation;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationDraft;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.settings.SettingsService;

/**
 * The operator's administration of approval departments (审批部门) and regulators (行业主管部门): create, change,
 * deactivate and reactivate them, and invite the first account of each, which becomes its unit admin (the same
 * invitation the unit admins send their members, {@link MembershipService}). Refused, naming the field: an unknown
 * region, a name another organisation of the same kind has, a credit code another organisation has. A deactivated
 * organisation's accounts cannot log in and their open sessions end at their next request. Every change is audited
 * with what changed. (Which service items a regulator oversees belongs to the catalogue: catalog.application.Oversight.)
 */
@ApplicationScoped
@Transactional
public class OrganisationAdmin {

    static final String OBJECT_TYPE = "Organisation";

    @Inject
    Guard guard;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionService regions;

    @Inject
    AccountStatusCache statusCache;

    @Inject
    AuditService audit;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** Creates an active department or regulator. */
    public Organisation create(OrganisationDraft draft) {
        guard.requireRole(Role.OPERATOR);
        checkFree(draft, null);
        Organisation org = Organisation.authority(draft, clock.instant());
        organisations.add(org);
        em.flush();
        audit.record("ORGANISATION_CREATED", OBJECT_TYPE, String.valueOf(org.getId()), describe(org));
        return org;
    }

    /**
     * Changes a department's or regulator's data; refused when someone changed it since {@code expectedVersion} was
     * read. Audited with each changed field's old and new value; returns whether anything changed.
     */
    public boolean change(long id, long expectedVersion, OrganisationDraft draft) {
        guard.requireRole(Role.OPERATOR);
        Organisation org = authority(id);
        if (org.getVersion() != expectedVersion) {
            throw new DomainException("org.admin.error.stale");
        }
        checkFree(draft, id);
        Map<String, Object> before = describe(org);
        org.change(draft);
        Map<String, Object> details = changes(before, describe(org));
        if (!details.isEmpty()) {
            audit.record("ORGANISATION_CHANGED", OBJECT_TYPE, String.valueOf(id), details);
        }
        return !details.isEmpty();
    }

    /** Deactivates ({@code active} false) or reactivates (true) a department or regulator; null is refused. */
    public void setActive(long id, Boolean active) {
        guard.requireRole(Role.OPERATOR);
        if (active == null) {
            throw new DomainException("org.admin.error.activeRequired");
        }
        if (active) {
            reactivate(id);
        } else {
            deactivate(id);
        }
    }

    /** Deactivates an active department or regulator: its accounts cannot log in, open sessions end. */
    public void deactivate(long id) {
        guard.requireRole(Role.OPERATOR);
        Organisation org = lockedAuthority(id);
        org.deactivate();
        statusCache.forgetAll();
        audit.record("ORGANISATION_DEACTIVATED", OBJECT_TYPE, String.valueOf(id),
                Map.of("name", org.getName(), "kind", org.getKind().name(), "status", Map.of("from", "ACTIVE", "to", "DEACTIVATED")));
    }

    /** Lets a deactivated department or regulator in again. */
    public void reactivate(long id) {
        guard.requireRole(Role.OPERATOR);
        Organisation org = lockedAuthority(id);
        org.reactivate();
        statusCache.forgetAll();
        audit.record("ORGANISATION_REACTIVATED", OBJECT_TYPE, String.valueOf(id),
                Map.of("name", org.getName(), "kind", org.getKind().name(), "status", Map.of("from", "DEACTIVATED", "to", "ACTIVE")));
    }

    /**
     * Invites the first account of an active department or regulator that has no active unit admin: whoever accepts
     * becomes its unit admin. The code is shown this once, valid {@code account.invitation.valid-days}.
     */
    public MembershipService.Issued inviteFirstAdmin(long id, String displayName) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Organisation org = lockedAuthority(id);
        if (org.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("org.admin.error.notActive");
        }
        if (!adminsOf(List.of(id)).isEmpty()) {
            throw new DomainException("org.admin.error.hasAdmin", adminsOf(List.of(id)).get(id));
        }
        String code = MembershipService.newCode();
        Instant now = clock.instant();
        int days = Math.max(1, settings.intValue(MembershipService.VALID_DAYS, 7));
        AccountInvitation invitation = AccountInvitation.forUnitAdmin(id, displayName, Sha256.hex(code), me.username(), now,
                now.plus(Duration.ofDays(days)));
        em.persist(invitation);
        em.flush();
        audit.record("UNIT_ADMIN_INVITED", "AccountInvitation", String.valueOf(invitation.getId()),
                Map.of("organisation", String.valueOf(id), "displayName", invitation.getDisplayName(),
                        "expiresAt", invitation.getExpiresAt().toString()));
        return new MembershipService.Issued(invitation.getId(), code, days);
    }

    /** A department or regulator, for the operator (e.g. to edit it). */
    public Organisation authority(long id) {
        guard.requireRole(Role.OPERATOR);
        return organisations.find(id).filter(Organisation::isAuthority)
                .orElseThrow(() -> new DomainException("org.admin.error.notFound"));
    }

    /** One page of departments and regulators (or one {@code kind}) whose name contains {@code name}, by name. */
    public KeysetPage<Organisation> page(OrganisationKind kind, String name, String after, String before, int size) {
        guard.requireRole(Role.OPERATOR);
        String text = name == null || name.isBlank() ? null : name.strip();
        return KeysetPage.read(after, before, k -> true, size, (c, backwards, limit) ->
                organisations.authorities(kind, text, c == null ? null : c.key(), c == null ? null : c.id(), backwards, limit));
    }

    /** The cursor token of a row of {@link #page}. */
    public static String cursorOf(Organisation o) {
        return new KeysetCursor(o.getName(), o.getId()).encode();
    }

    /** The user name of the active unit admin of each of these organisations that has one (one query). */
    public Map<Long, String> adminsOf(Collection<Long> organisationIds) {
        Map<Long, String> out = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT u.organisation.id, u.username FROM UserAccount u WHERE u.organisation.id IN :ids "
                        + "AND u.unitAdmin = TRUE AND u.status = org.zjcs.security.domain.AccountStatus.ACTIVE", Object[].class)
                .setParameter("ids", List.copyOf(organisationIds)).getResultList()
                .forEach(r -> out.putIfAbsent((Long) r[0], (String) r[1]));
        return out;
    }

    private Organisation lockedAuthority(long id) {
        authority(id);
        return em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void checkFree(OrganisationDraft draft, Long exceptId) {
        if (regions.find(draft.regionCode()).isEmpty()) {
            throw new DomainException("org.admin.error.regionUnknown", draft.regionCode());
        }
        if (organisations.nameTaken(draft.kind(), draft.name(), exceptId)) {
            throw new DomainException("org.admin.error.nameTaken", draft.name());
        }
        if (organisations.creditCodeTaken(draft.creditCode().value(), exceptId)) {
            throw new DomainException("account.error.creditCodeTaken", draft.creditCode().value());
        }
    }

    private static Map<String, Object> describe(Organisation o) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", o.getKind().name());
        d.put("name", o.getName());
        d.put("creditCode", o.getCreditCode());
        d.put("region", String.valueOf(o.getRegionCode()));
        d.put("approvalItems", o.approvalItemList());
        return d;
    }

    static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            if (!Objects.equals(String.valueOf(before.get(e.getKey())), String.valueOf(e.getValue()))) {
                details.put(e.getKey(), Map.of("from", String.valueOf(before.get(e.getKey())), "to", String.valueOf(e.getValue())));
            }
        }
        return details;
    }
}
