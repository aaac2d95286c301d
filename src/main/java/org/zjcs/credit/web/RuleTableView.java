package org.zjcs.credit.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditRuleVersion;

/** A version of the rule table for the pages (EL reads getters): number, effective time, note and one row per code. */
public final class RuleTableView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int versionNo;
    private final Instant effectiveFrom;
    private final Instant createdAt;
    private final String createdBy;
    private final String note;
    private final boolean inForce;
    private final List<Row> rows;

    /** One code of the table with its points. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final int points;

        Row(String code, int points) {
            this.code = code;
            this.points = points;
        }

        public String getCode() {
            return code;
        }

        public int getPoints() {
            return points;
        }
    }

    RuleTableView(CreditRuleVersion v, boolean inForce) {
        this.versionNo = v.getVersionNo();
        this.effectiveFrom = v.getEffectiveFrom();
        this.createdAt = v.getCreatedAt();
        this.createdBy = v.getCreatedBy();
        this.note = v.getNote();
        this.inForce = inForce;
        List<Row> out = new ArrayList<>();
        for (CreditCode c : CreditCode.values()) {
            if (c.ruled() && v.getPoints().containsKey(c)) {
                out.add(new Row(c.name(), v.getPoints().get(c)));
            }
        }
        this.rows = List.copyOf(out);
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

    public boolean isInForce() {
        return inForce;
    }

    /** Not yet in force (published for a later time). */
    public boolean isPending() {
        return !inForce && effectiveFrom.isAfter(Instant.now());
    }

    public List<Row> getRows() {
        return rows;
    }
}
