package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.TreeSet;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;
import org.zjcs.shared.money.Money;

/**
 * How a notice selects its firm: the method and what it needs — a fixed price or a price range, the minimum number of
 * bidders, the scoring weights, the reasonable-price coefficients, the reason for a direct pick. Built as entered with
 * {@link #entered}; {@link #check} gives the checked terms (amounts to two decimals, defaults filled, what the method
 * does not use cleared) or reports each refused field (docs/domain-rules.md, "Notices").
 */
@Embeddable
public class SelectionTerms {

    public static final int DEFAULT_MIN_BIDDERS = 3;
    public static final String DEFAULT_COEFFICIENTS = "95,96,97,98";

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 20)
    private SelectionMethod method;

    @Column(name = "fixed_price", precision = 14, scale = 2)
    private BigDecimal fixedPrice;

    @Column(name = "price_floor", precision = 14, scale = 2)
    private BigDecimal priceFloor;

    @Column(name = "price_ceiling", precision = 14, scale = 2)
    private BigDecimal priceCeiling;

    @Column(name = "min_bidders")
    private Integer minBidders;

    @Column(name = "weight_price")
    private Integer weightPrice;

    @Column(name = "weight_credit")
    private Integer weightCredit;

    @Column(name = "weight_qualification")
    private Integer weightQualification;

    @Column(name = "coefficients", length = 100)
    private String coefficients;

    @Column(name = "direct_pick_reason", length = 1000)
    private String directPickReason;

    protected SelectionTerms() {
    }

    private SelectionTerms(SelectionMethod method, BigDecimal fixedPrice, BigDecimal priceFloor, BigDecimal priceCeiling,
                           Integer minBidders, Integer weightPrice, Integer weightCredit, Integer weightQualification,
                           String coefficients, String directPickReason) {
        this.method = method;
        this.fixedPrice = fixedPrice;
        this.priceFloor = priceFloor;
        this.priceCeiling = priceCeiling;
        this.minBidders = minBidders;
        this.weightPrice = weightPrice;
        this.weightCredit = weightCredit;
        this.weightQualification = weightQualification;
        this.coefficients = coefficients;
        this.directPickReason = directPickReason;
    }

    /** The terms as the owner entered them, unchecked. */
    public static SelectionTerms entered(SelectionMethod method, BigDecimal fixedPrice, BigDecimal priceFloor,
                                         BigDecimal priceCeiling, Integer minBidders, Integer weightPrice,
                                         Integer weightCredit, Integer weightQualification, String coefficients,
                                         String directPickReason) {
        return new SelectionTerms(method, fixedPrice, priceFloor, priceCeiling, minBidders, weightPrice, weightCredit,
                weightQualification, coefficients, directPickReason);
    }

    /**
     * The checked terms, or null when a rule refused them: each refusal is added to {@code p} under the notice form's
     * field (method, fixedPrice, priceFloor, priceCeiling, directPickReason, minBidders, weightPrice, coefficients).
     */
    public SelectionTerms check(BigDecimal directPickThreshold, ValidationException.Problems p) {
        SelectionMethod m = method;
        if (m == null) {
            p.add("method", "notice.error.method");
            return null;
        }
        BigDecimal fixed = null;
        BigDecimal floor = null;
        BigDecimal ceiling = null;
        String reason = null;
        int min;
        Integer wp = null;
        Integer wc = null;
        Integer wq = null;
        String coeff = null;
        if (m.isPriced()) {
            floor = p.check("priceFloor", () -> Money.yuan(priceFloor, "notice.field.priceFloor"));
            ceiling = p.check("priceCeiling", () -> Money.yuan(priceCeiling, "notice.field.priceCeiling"));
            if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
                p.add("priceFloor", "notice.error.floorAboveCeiling");
            }
        } else {
            fixed = p.check("fixedPrice", () -> Money.yuan(fixedPrice, "notice.field.fixedPrice"));
        }
        if (m == SelectionMethod.DIRECT_PICK) {
            if (fixed != null && fixed.compareTo(directPickThreshold) >= 0) {
                p.add("fixedPrice", "notice.error.directPickThreshold", directPickThreshold.toPlainString());
            }
            reason = p.check("directPickReason", () -> NoticeRules.required(directPickReason, "notice.error.directPickReason", 1000));
            min = 1;
        } else {
            min = minBidders == null ? DEFAULT_MIN_BIDDERS : minBidders;
            if (min < 1 || min > 50) {
                p.add("minBidders", "notice.error.minBidders");
            }
        }
        if (m == SelectionMethod.SCORED) {
            wp = p.check("weightPrice", () -> weight(weightPrice));
            wc = wp == null ? null : p.check("weightPrice", () -> weight(weightCredit));
            wq = wc == null ? null : p.check("weightPrice", () -> weight(weightQualification));
            if (wp != null && wc != null && wq != null && wp + wc + wq != 100) {
                p.add("weightPrice", "notice.error.weights");
            }
        }
        if (m == SelectionMethod.REASONABLE_PRICE) {
            coeff = p.check("coefficients", () -> coefficients(coefficients));
        }
        return new SelectionTerms(m, fixed, floor, ceiling, min, wp, wc, wq, coeff, reason);
    }

    /** The reasonable-price coefficients in percent, e.g. "95,96,97,98": 1 to 10 distinct whole numbers from 80 to 100. */
    static String coefficients(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_COEFFICIENTS;
        }
        TreeSet<Integer> values = new TreeSet<>();
        for (String part : text.split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int v;
            try {
                v = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new DomainException("notice.error.coefficients");
            }
            if (v < 80 || v > 100 || !values.add(v)) {
                throw new DomainException("notice.error.coefficients");
            }
        }
        if (values.isEmpty() || values.size() > 10) {
            throw new DomainException("notice.error.coefficients");
        }
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static int weight(Integer w) {
        if (w == null || w < 0 || w > 100) {
            throw new DomainException("notice.error.weights");
        }
        return w;
    }

    /** The budget: the fixed price, or the ceiling of a priced method. */
    public BigDecimal getBudget() {
        return method != null && method.isPriced() ? priceCeiling : fixedPrice;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public BigDecimal getPriceFloor() {
        return priceFloor;
    }

    public BigDecimal getPriceCeiling() {
        return priceCeiling;
    }

    /** The minimum number of eligible entries; as entered it may be null (the default then applies). */
    public Integer getMinBidders() {
        return minBidders;
    }

    public Integer getWeightPrice() {
        return weightPrice;
    }

    public Integer getWeightCredit() {
        return weightCredit;
    }

    public Integer getWeightQualification() {
        return weightQualification;
    }

    public String getCoefficients() {
        return coefficients;
    }

    public String getDirectPickReason() {
        return directPickReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectionTerms s && method == s.method && Objects.equals(fixedPrice, s.fixedPrice)
                && Objects.equals(priceFloor, s.priceFloor) && Objects.equals(priceCeiling, s.priceCeiling)
                && Objects.equals(minBidders, s.minBidders) && Objects.equals(weightPrice, s.weightPrice)
                && Objects.equals(weightCredit, s.weightCredit) && Objects.equals(weightQualification, s.weightQualification)
                && Objects.equals(coefficients, s.coefficients) && Objects.equals(directPickReason, s.directPickReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, fixedPrice, priceFloor, priceCeiling, minBidders, coefficients);
    }
}
