package org.zjcs.credit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.zjcs.shared.error.DomainException;

/**
 * A version of the published credit rule table: the points of every ruled {@link CreditCode}, effective from a time.
 * Never changed once created (no setters; the columns are not updatable): a change is the {@link #next} version.
 */
@Entity
@Table(name = "credit_rule_version")
@NamedQuery(name = "CreditRuleVersion.all", query = "SELECT v FROM CreditRuleVersion v ORDER BY v.versionNo DESC")
@NamedQuery(name = "CreditRuleVersion.inForce",
        query = "SELECT v FROM CreditRuleVersion v WHERE v.effectiveFrom <= :at ORDER BY v.versionNo DESC")
public class CreditRuleVersion {

    public static final int MIN_POINTS = -100;
    public static final int MAX_POINTS = 100;
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "note", nullable = false, length = NOTE_LENGTH, updatable = false)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_rule", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "code")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "points", nullable = false)
    private Map<CreditCode, Integer> points = new HashMap<>();

    protected CreditRuleVersion() {
    }

    private CreditRuleVersion(int versionNo, Map<CreditCode, Integer> points, Instant effectiveFrom, Instant createdAt,
                              String createdBy, String note) {
        this.versionNo = versionNo;
        this.points = new HashMap<>(points);
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.note = note;
    }

    /**
     * The version after {@code current}: every ruled code with its points (−100…100), effective from now or later, with
     * a note saying why; refused when nothing changes.
     */
    public static CreditRuleVersion next(CreditRuleVersion current, Map<CreditCode, Integer> points, Instant effectiveFrom,
                                         Instant now, String by, String note) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new DomainException("credit.rules.error.noteRequired");
        }
        if (why.length() > NOTE_LENGTH) {
            throw new DomainException("credit.rules.error.noteLength", NOTE_LENGTH);
        }
        if (effectiveFrom == null || effectiveFrom.isBefore(now)) {
            throw new DomainException("credit.rules.error.backdated");
        }
        Map<CreditCode, Integer> table = new EnumMap<>(CreditCode.class);
        for (CreditCode code : CreditCode.values()) {
            if (!code.ruled()) {
                continue;
            }
            Integer p = points.get(code);
            if (p == null) {
                throw new DomainException("credit.rules.error.missing", code.name());
            }
            if (p < MIN_POINTS || p > MAX_POINTS) {
                throw new DomainException("credit.rules.error.range", code.name(), MIN_POINTS, MAX_POINTS);
            }
            table.put(code, p);
        }
        if (current != null && table.equals(new EnumMap<>(current.points))) {
            throw new DomainException("credit.rules.error.unchanged");
        }
        return new CreditRuleVersion(current == null ? 1 : current.versionNo + 1, table, effectiveFrom, now, by, why);
    }

    /** The points of a ruled code in this version. */
    public int pointsOf(CreditCode code) {
        Integer p = points.get(code);
        if (p == null) {
            throw new IllegalStateException("Credit rule version " + versionNo + " has no points for " + code);
        }
        return p;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    /** The table, read-only. */
    public Map<CreditCode, Integer> getPoints() {
        return Collections.unmodifiableMap(points);
    }
}
