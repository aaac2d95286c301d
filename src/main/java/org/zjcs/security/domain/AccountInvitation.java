package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/**
 * An invitation from a unit admin to a new member of the organisation. Only the SHA-256 of the invitation code is
 * kept; the code is shown once to the admin, who passes it on. The invited person chooses a user name and password.
 */
@Entity
@Table(name = "account_invitation")
@NamedQuery(name = "AccountInvitation.byCodeHash", query = "SELECT i FROM AccountInvitation i WHERE i.codeHash = :hash")
@NamedQuery(name = "AccountInvitation.ofOrganisation",
        query = "SELECT i FROM AccountInvitation i WHERE i.organisationId = :org ORDER BY i.id DESC")
public class AccountInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InvitationStatus status;

    @Column(name = "invited_by", nullable = false, length = 64)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "account_id")
    private Long accountId;

    /** The operator's invitation of an organisation's first account: whoever accepts becomes its unit admin. */
    @Column(name = "unit_admin", nullable = false)
    private boolean unitAdmin;

    @Version
    private long version;

    protected AccountInvitation() {
    }

    public AccountInvitation(long organisationId, String displayName, String codeHash, String invitedBy, Instant createdAt,
                             Instant expiresAt) {
        if (displayName == null || displayName.isBlank()) {
            throw new DomainException("member.error.nameRequired");
        }
        if (displayName.trim().length() > 100) {
            throw new DomainException("member.error.nameTooLong");
        }
        this.organisationId = organisationId;
        this.displayName = displayName.trim();
        this.codeHash = codeHash;
        this.status = InvitationStatus.PENDING;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The operator invites the first account of a department or regulator: it becomes the unit admin. */
    public static AccountInvitation forUnitAdmin(long organisationId, String displayName, String codeHash, String invitedBy,
                                                 Instant createdAt, Instant expiresAt) {
        AccountInvitation i = new AccountInvitation(organisationId, displayName, codeHash, invitedBy, createdAt, expiresAt);
        i.unitAdmin = true;
        return i;
    }

    public boolean isUnitAdmin() {
        return unitAdmin;
    }

    public boolean isExpired(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** The invited person has chosen an account; refused when revoked, used or expired. */
    public void accept(long newAccountId, Instant now) {
        if (isExpired(now)) {
            throw new DomainException("member.error.invitationExpired");
        }
        status = status.accept();
        accountId = newAccountId;
        closedAt = now;
    }

    public void revoke(Instant now) {
        status = status.revoke();
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getAccountId() {
        return accountId;
    }
}
