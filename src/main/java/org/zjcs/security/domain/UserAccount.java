package org.zjcs.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A login account. It belongs to exactly one organisation and has one or more roles. It is never locked by wrong
 * passwords: failed logins are slowed down in memory (security.application.LoginThrottle).
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AccountStatus status;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The organisation's unit admin (单位管理员): invites and deactivates the other member accounts. */
    @Column(name = "unit_admin", nullable = false)
    private boolean unitAdmin;

    /** Raised by every change or reset of the password: sessions that logged in under an older epoch end. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Organisation organisation,
                       Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public void registerSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    /** Makes this account its organisation's unit admin (its first account is). */
    public void makeUnitAdmin() {
        this.unitAdmin = true;
    }

    /** The unit admin deactivates a member: it can no longer log in; its history stays. */
    public void deactivate() {
        this.status = AccountStatus.DISABLED;
    }

    public void reactivate() {
        this.status = AccountStatus.ACTIVE;
    }

    /** Whether the account may log in and act: it is active and its organisation is not deactivated. */
    public boolean mayAct() {
        if (organisation == null) {
            // NOT NULL in the schema: none read means the read was cut short by a lost database connection, an outage
            // (503 to the caller), not a reason to end the session or to answer 500
            throw new IllegalStateException("account " + id + " read without its organisation",
                    new java.sql.SQLTransientConnectionException("organisation not read"));
        }
        return status == AccountStatus.ACTIVE && organisation.admitsLogin();
    }

    /**
     * A new password (already checked by the policy and hashed): every session logged in before it ends at its next
     * request (the epoch rises); returns the new epoch, which the session that changed it keeps.
     */
    public int changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.sessionEpoch++;
        return sessionEpoch;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** The role whose workspace the user lands on after login (the first in the enum's order). */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isUnitAdmin() {
        return unitAdmin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
