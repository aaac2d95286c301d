package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organisation that accounts belong to: a firm, an owner, an approval department, a regulator or the operator. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private OrganisationKind kind;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, String creditCode, OrganisationStatus status, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.creditCode = creditCode;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Approved by the operator: the organisation's accounts act in its name. */
    public void activate() {
        this.status = OrganisationStatus.ACTIVE;
    }

    public void suspend() {
        this.status = OrganisationStatus.SUSPENDED;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** An approved change of its licence data gives it another unified social credit code. */
    public void changeCreditCode(String newCreditCode) {
        this.creditCode = newCreditCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
