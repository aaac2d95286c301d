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
import java.time.Duration;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/**
 * A password reset of one account: the user's request (with an optional note for the operator) and the one-time link
 * issued for it, or a link issued unasked by the operator or the account's unit admin. Only the SHA-256 of the link's
 * code is kept; the code is shown once to whoever issued it, who passes it on (no e-mail server is assumed).
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byCodeHash", query = "SELECT r FROM PasswordReset r WHERE r.codeHash = :hash")
@NamedQuery(name = "PasswordReset.openOfAccount",
        query = "SELECT r FROM PasswordReset r WHERE r.accountId = :account AND r.status IN :statuses ORDER BY r.id")
public class PasswordReset {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PasswordResetStatus status;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "request_client", length = 64)
    private String requestClient;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected PasswordReset() {
    }

    private PasswordReset(long accountId, PasswordResetStatus status) {
        this.accountId = accountId;
        this.status = status;
    }

    /** The user asked on the login page; the note (optional, at most {@value #MAX_NOTE} characters) helps verify them. */
    public static PasswordReset requested(long accountId, String note, String client, Instant now) {
        PasswordReset r = new PasswordReset(accountId, PasswordResetStatus.REQUESTED);
        r.requestedAgain(note, client, now);
        return r;
    }

    /** A link issued without a request (the operator or the unit admin found the account). */
    public static PasswordReset issuedUnasked(long accountId, String codeHash, String issuedBy, Instant now, Duration validFor) {
        PasswordReset r = new PasswordReset(accountId, PasswordResetStatus.ISSUED);
        r.setLink(codeHash, issuedBy, now, validFor);
        return r;
    }

    /** The same user asked again while the request was open: one open request per account, the latest note. */
    public void requestedAgain(String note, String client, Instant now) {
        if (status != PasswordResetStatus.REQUESTED) {
            throw new DomainException("password.error.requestClosed");
        }
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new DomainException("password.error.noteTooLong", MAX_NOTE);
        }
        this.note = n == null || n.isEmpty() ? null : n;
        this.requestClient = client == null ? null : client.length() > 64 ? client.substring(0, 64) : client;
        this.requestedAt = now;
    }

    /** Issues the one-time link for this request. */
    public void issue(String codeHash, String issuedBy, Instant now, Duration validFor) {
        status = status.issue();
        setLink(codeHash, issuedBy, now, validFor);
    }

    private void setLink(String codeHash, String issuedBy, Instant now, Duration validFor) {
        this.codeHash = codeHash;
        this.issuedBy = issuedBy;
        this.issuedAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Whether the link is issued, unused and past its expiry. */
    public boolean isExpired(Instant now) {
        return status == PasswordResetStatus.ISSUED && expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Checks that the link can set a password now: issued, not used, not replaced, not expired. */
    public void checkUsable(Instant now) {
        if (status != PasswordResetStatus.ISSUED) {
            status.use(); // throws the reason
        }
        if (isExpired(now)) {
            throw new DomainException("password.error.linkExpired");
        }
    }

    /** The link set a new password: it is used up. */
    public void use(Instant now) {
        checkUsable(now);
        status = status.use();
        closedAt = now;
    }

    /** A newer link for the same account was issued: this request or link is closed. */
    public void replace(Instant now) {
        status = status.replace();
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public PasswordResetStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestClient() {
        return requestClient;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
