package org.zjcs.supervision.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;

/**
 * A 通报: a regulator organisation's bulletin on a month's time limits, naming units that missed them with their
 * figures copied at drafting. Drafted and edited by its regulator organisation only, then published (public on the
 * portal, never changed again) and perhaps withdrawn with a reason. The life cycle is {@link BulletinState}'s.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int REASON_LENGTH = 1000;
    public static final int MAX_UNITS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "regulator_org_id", nullable = false, updatable = false)
    private long regulatorOrgId;

    @Column(name = "period_month", nullable = false, length = 7)
    private String month;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private BulletinState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdraw_reason", length = REASON_LENGTH)
    private String withdrawReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bulletin_unit", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<BulletinUnit> units = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Bulletin() {
    }

    /** A new draft; {@code units} are the ranking's units picked, their figures copied now. */
    public static Bulletin draft(long regulatorOrgId, String by, YearMonth month, String title, String body,
                                 List<BulletinUnit> units, Instant now) {
        Bulletin b = new Bulletin();
        b.regulatorOrgId = regulatorOrgId;
        b.createdBy = by;
        b.createdAt = now;
        b.state = BulletinState.DRAFT;
        b.month = month.toString();
        b.set(title, body, units, now);
        return b;
    }

    /** Edits the draft (title, text and, when not null, the units named). */
    public void edit(String title, String body, List<BulletinUnit> units, Instant now) {
        state = state.edit();
        set(title, body, units == null ? this.units : units, now);
    }

    public void publish(String by, Instant now) {
        state = state.publish();
        publishedAt = now;
        publishedBy = by;
        updatedAt = now;
    }

    public void withdraw(String by, String reason, Instant now) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new DomainException("rank.bulletin.error.reasonRequired");
        }
        if (r.length() > REASON_LENGTH) {
            throw new DomainException("rank.bulletin.error.reasonTooLong", REASON_LENGTH);
        }
        state = state.withdraw();
        withdrawnAt = now;
        withdrawnBy = by;
        withdrawReason = r;
        updatedAt = now;
    }

    /** Refuses an empty or too long title or text (before anything else is looked at). */
    public static void checkTexts(String title, String body) {
        String t = title == null ? "" : title.strip();
        String x = body == null ? "" : body.strip();
        if (t.isEmpty()) {
            throw new DomainException("rank.bulletin.error.titleRequired");
        }
        if (t.length() > TITLE_LENGTH) {
            throw new DomainException("rank.bulletin.error.titleTooLong", TITLE_LENGTH);
        }
        if (x.isEmpty()) {
            throw new DomainException("rank.bulletin.error.bodyRequired");
        }
        if (x.length() > BODY_LENGTH) {
            throw new DomainException("rank.bulletin.error.bodyTooLong", BODY_LENGTH);
        }
    }

    private void set(String title, String body, List<BulletinUnit> picked, Instant now) {
        checkTexts(title, body);
        if (picked.isEmpty()) {
            throw new DomainException("rank.bulletin.error.unitsRequired");
        }
        if (picked.size() > MAX_UNITS) {
            throw new DomainException("rank.bulletin.error.tooManyUnits", MAX_UNITS);
        }
        List<BulletinUnit> copy = new ArrayList<>(picked);
        this.title = title.strip();
        this.body = body.strip();
        units.clear();
        units.addAll(copy);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRegulatorOrgId() {
        return regulatorOrgId;
    }

    public String getMonth() {
        return month;
    }

    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public BulletinState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public List<BulletinUnit> getUnits() {
        return List.copyOf(units);
    }
}
