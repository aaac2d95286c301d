package org.zjcs.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zjcs.shared.error.DomainException;

/**
 * The service guide (办事指南) of a catalogue item: conditions, materials, the procedure as ordered steps, the time
 * limit in working days and the fees. Its text is content data (Chinese as the source documents have it); the page
 * around it is translated. Rules (docs/domain-rules.md, "Service guides"): conditions required (at most
 * {@value #MAX_TEXT} characters); 1 to {@value #MAX_MATERIALS} materials of at most {@value #MAX_LINE} characters
 * each; 1 to {@value #MAX_STEPS} steps, each with a name of at most {@value #MAX_LINE} characters and an actor;
 * a time limit of 1 to {@value #MAX_DAYS} working days with an optional note of at most {@value #MAX_NOTE}; fee
 * standard and fee basis required, at most {@value #MAX_FEE} characters each.
 */
@Entity
@Table(name = "service_guide")
@NamedQuery(name = "ServiceGuide.all", query = "SELECT g FROM ServiceGuide g")
public class ServiceGuide {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_MATERIALS = 30;
    public static final int MAX_LINE = 100;
    public static final int MAX_STEPS = 20;
    public static final int MAX_DAYS = 365;
    public static final int MAX_NOTE = 500;
    public static final int MAX_FEE = 2000;

    @Id
    @Column(name = "service_item_id")
    private Long serviceItemId;

    @Column(name = "conditions", nullable = false)
    private String conditions;

    @Column(name = "materials", nullable = false)
    private String materials;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_guide_step", joinColumns = @JoinColumn(name = "service_item_id"))
    @OrderColumn(name = "position")
    private List<GuideStep> steps = new ArrayList<>();

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    @Column(name = "time_limit_note", length = MAX_NOTE)
    private String timeLimitNote;

    @Column(name = "fee_standard", nullable = false, length = MAX_FEE)
    private String feeStandard;

    @Column(name = "fee_basis", nullable = false, length = MAX_FEE)
    private String feeBasis;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ServiceGuide() {
    }

    /** A new guide of the item, checked. */
    public static ServiceGuide create(long serviceItemId, ServiceGuideDraft draft, Instant now, String actor) {
        ServiceGuide g = new ServiceGuide();
        g.serviceItemId = serviceItemId;
        g.change(draft, now, actor);
        return g;
    }

    /** Replaces the guide's content with the draft, checked; nothing changes when a rule is broken. */
    public void change(ServiceGuideDraft d, Instant now, String actor) {
        String c = required(d.conditions(), "guide.error.conditionsRequired", MAX_TEXT);
        List<String> mats = lines(d.materials());
        if (mats.isEmpty()) {
            throw new DomainException("guide.error.materialsRequired");
        }
        if (mats.size() > MAX_MATERIALS) {
            throw new DomainException("guide.error.tooManyMaterials", MAX_MATERIALS);
        }
        for (String m : mats) {
            if (m.length() > MAX_LINE) {
                throw new DomainException("guide.error.materialTooLong", MAX_LINE);
            }
        }
        List<GuideStep> s = new ArrayList<>();
        for (GuideStep step : d.steps() == null ? List.<GuideStep>of() : d.steps()) {
            String name = step == null || step.getName() == null ? "" : step.getName().trim();
            if (name.isEmpty() && (step == null || step.getActor() == null)) {
                continue; // an empty row of the form
            }
            if (name.isEmpty()) {
                throw new DomainException("guide.error.stepNameRequired", s.size() + 1);
            }
            if (name.length() > MAX_LINE) {
                throw new DomainException("guide.error.stepNameTooLong", s.size() + 1, MAX_LINE);
            }
            if (step.getActor() == null) {
                throw new DomainException("guide.error.stepActorRequired", s.size() + 1);
            }
            s.add(new GuideStep(name, step.getActor()));
        }
        if (s.isEmpty()) {
            throw new DomainException("guide.error.stepsRequired");
        }
        if (s.size() > MAX_STEPS) {
            throw new DomainException("guide.error.tooManySteps", MAX_STEPS);
        }
        if (d.timeLimitDays() == null || d.timeLimitDays() < 1 || d.timeLimitDays() > MAX_DAYS) {
            throw new DomainException("guide.error.timeLimit", MAX_DAYS);
        }
        String note = d.timeLimitNote() == null || d.timeLimitNote().isBlank() ? null : d.timeLimitNote().trim();
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException("guide.error.tooLong", MAX_NOTE);
        }
        String fee = required(d.feeStandard(), "guide.error.feeStandardRequired", MAX_FEE);
        String basis = required(d.feeBasis(), "guide.error.feeBasisRequired", MAX_FEE);
        this.conditions = c;
        this.materials = String.join("\n", mats);
        this.steps.clear();
        this.steps.addAll(s);
        this.timeLimitDays = d.timeLimitDays();
        this.timeLimitNote = note;
        this.feeStandard = fee;
        this.feeBasis = basis;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String required(String s, String key, int max) {
        String t = s == null ? "" : s.trim();
        if (t.isEmpty()) {
            throw new DomainException(key);
        }
        if (t.length() > max) {
            throw new DomainException("guide.error.tooLong", max);
        }
        return t;
    }

    public Long getServiceItemId() {
        return serviceItemId;
    }

    public String getConditions() {
        return conditions;
    }

    /** The conditions as paragraphs (one per line in storage). */
    public List<String> conditionList() {
        return lines(conditions);
    }

    public String getMaterials() {
        return materials;
    }

    public List<String> materialList() {
        return lines(materials);
    }

    public List<GuideStep> getSteps() {
        return List.copyOf(steps);
    }

    public int getTimeLimitDays() {
        return timeLimitDays;
    }

    public String getTimeLimitNote() {
        return timeLimitNote;
    }

    public String getFeeStandard() {
        return feeStandard;
    }

    public String getFeeBasis() {
        return feeBasis;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
