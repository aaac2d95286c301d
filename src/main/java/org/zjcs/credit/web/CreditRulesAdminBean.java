package org.zjcs.credit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.application.CreditRuleTable;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.time.BusinessTime;

/**
 * Backing bean of regulator/credit-rules.xhtml: a form prefilled with the points in force, the effective time (Beijing
 * time; empty for at once) and a note; publishing makes a new version (the service checks everything).
 */
@Named
@ViewScoped
public class CreditRulesAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditRuleTable rules;

    private List<EditRow> rows = new ArrayList<>();
    private LocalDateTime effectiveFrom;
    private String note;
    private Integer published;

    /** One editable line: a code and its points. */
    public static final class EditRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final int current;
        private Integer points;

        EditRow(String code, int current) {
            this.code = code;
            this.current = current;
            this.points = current;
        }

        public String getCode() {
            return code;
        }

        public int getCurrent() {
            return current;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }
    }

    @PostConstruct
    void init() {
        prefill();
    }

    private void prefill() {
        CreditRuleVersion v = rules.rulesInForce();
        rows = new ArrayList<>();
        for (CreditCode c : CreditCode.values()) {
            if (c.ruled()) {
                rows.add(new EditRow(c.name(), v.getPoints().getOrDefault(c, 0)));
            }
        }
        effectiveFrom = null;
        note = null;
    }

    /** Publishes the form as the next version. */
    public void publish() {
        Map<CreditCode, Integer> points = new EnumMap<>(CreditCode.class);
        for (EditRow r : rows) {
            if (r.points == null) {
                Messages.error("credit.rules.error.missing", Messages.text("credit.code." + r.code));
                return;
            }
            points.put(CreditCode.valueOf(r.code), r.points);
        }
        Instant from = effectiveFrom == null ? null : effectiveFrom.atZone(BusinessTime.ZONE).toInstant();
        try {
            CreditRuleVersion v = rules.publishRulesFrom(points, from, note);
            published = v.getVersionNo();
            Messages.info("credit.rules.published", v.getVersionNo());
            prefill();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), labelled(e.args()));
        }
    }

    /** The arguments of a refusal with code names shown as their labels. */
    private static Object[] labelled(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && isCode(s)) {
                out[i] = Messages.text("credit.code." + s);
            }
        }
        return out;
    }

    private static boolean isCode(String s) {
        for (CreditCode c : CreditCode.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    public List<EditRow> getRows() {
        return rows;
    }

    public LocalDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDateTime effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getPublished() {
        return published;
    }

    /** The number the next version will get. */
    public int getNextVersionNo() {
        List<CreditRuleVersion> all = rules.ruleVersions();
        return all.isEmpty() ? 1 : all.get(0).getVersionNo() + 1;
    }
}
