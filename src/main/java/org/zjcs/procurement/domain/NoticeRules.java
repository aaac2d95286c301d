package org.zjcs.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;
import org.zjcs.shared.money.Money;

/**
 * The rules a notice's terms must meet, whatever page or API wrote them (docs/domain-rules.md, "Notices"). Each
 * refusal names the rule; nothing about the calendar here (see {@link EnrolmentWindow}).
 */
public final class NoticeRules {

    public static final int DEFAULT_MIN_BIDDERS = 3;
    public static final String DEFAULT_COEFFICIENTS = "95,96,97,98";
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{7,20}$");

    private NoticeRules() {
    }

    /**
     * The checked terms: text trimmed, amounts to two decimals, defaults filled, what the method does not use cleared.
     * Every refused field is reported at once ({@link ValidationException}, fields named as on the notice form: serviceItem,
     * title, serviceContent, projectScale, district, fundSource, method, fixedPrice, priceFloor, priceCeiling,
     * directPickReason, minBidders, weightPrice, coefficients, serviceDays, deadlineDate, contactName, contactPhone,
     * complaintPhone, cases, avoidances); a rule that needs another field's value is checked once that value is valid.
     */
    public static NoticeTerms check(NoticeTerms t, BigDecimal directPickThreshold) {
        ValidationException.Problems p = new ValidationException.Problems();
        if (t.serviceItemId() == null) {
            p.add("serviceItem", "notice.error.serviceItem");
        }
        String title = p.check("title", () -> text(t.title(), "notice.error.title", 200));
        String content = p.check("serviceContent", () -> text(t.serviceContent(), "notice.error.serviceContent", 4000));
        String scale = p.check("projectScale", () -> text(t.projectScale(), "notice.error.projectScale", 1000));
        if (t.regionCode() == null || t.regionCode().isBlank()) {
            p.add("district", "notice.error.region");
        }
        if (t.fundSource() == null) {
            p.add("fundSource", "notice.error.fundSource");
        }
        SelectionMethod m = t.method();
        BigDecimal fixed = null;
        BigDecimal floor = null;
        BigDecimal ceiling = null;
        String reason = null;
        int minBidders = DEFAULT_MIN_BIDDERS;
        Integer wp = null;
        Integer wc = null;
        Integer wq = null;
        String coefficients = null;
        if (m == null) {
            p.add("method", "notice.error.method");
        } else {
            if (m.isPriced()) {
                floor = p.check("priceFloor", () -> Money.yuan(t.priceFloor(), "notice.field.priceFloor"));
                ceiling = p.check("priceCeiling", () -> Money.yuan(t.priceCeiling(), "notice.field.priceCeiling"));
                if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
                    p.add("priceFloor", "notice.error.floorAboveCeiling");
                }
            } else {
                fixed = p.check("fixedPrice", () -> Money.yuan(t.fixedPrice(), "notice.field.fixedPrice"));
            }
            if (m == SelectionMethod.DIRECT_PICK) {
                if (fixed != null && fixed.compareTo(directPickThreshold) >= 0) {
                    p.add("fixedPrice", "notice.error.directPickThreshold", directPickThreshold.toPlainString());
                }
                reason = p.check("directPickReason", () -> text(t.directPickReason(), "notice.error.directPickReason", 1000));
                minBidders = 1;
            } else {
                minBidders = t.minBidders() == null ? DEFAULT_MIN_BIDDERS : t.minBidders();
                if (minBidders < 1 || minBidders > 50) {
                    p.add("minBidders", "notice.error.minBidders");
                }
            }
            if (m == SelectionMethod.SCORED) {
                wp = p.check("weightPrice", () -> weight(t.weightPrice()));
                wc = wp == null ? null : p.check("weightPrice", () -> weight(t.weightCredit()));
                wq = wc == null ? null : p.check("weightPrice", () -> weight(t.weightQualification()));
                if (wp != null && wc != null && wq != null && wp + wc + wq != 100) {
                    p.add("weightPrice", "notice.error.weights");
                }
            }
            if (m == SelectionMethod.REASONABLE_PRICE) {
                coefficients = p.check("coefficients", () -> coefficients(t.coefficients()));
            }
        }
        if (t.serviceDays() == null || t.serviceDays() < 1 || t.serviceDays() > 365) {
            p.add("serviceDays", "notice.error.serviceDays");
        }
        if (t.deadline() == null) {
            p.add("deadlineDate", "notice.error.deadlineRequired");
        }
        String contact = p.check("contactName", () -> text(t.contactName(), "notice.error.contactName", 50));
        String phone = p.check("contactPhone", () -> phone(t.contactPhone(), "notice.error.contactPhone"));
        String complaint = p.check("complaintPhone", () -> phone(t.complaintPhone(), "notice.error.complaintPhone"));
        if (t.caseIds() == null || t.caseIds().isEmpty()) {
            p.add("cases", "notice.error.caseRequired");
        }
        List<NoticeTerms.AvoidanceLine> avoid = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (NoticeTerms.AvoidanceLine a : t.avoidances() == null ? List.<NoticeTerms.AvoidanceLine>of() : t.avoidances()) {
            if (a.firmId() == null) {
                p.add("avoidances", "notice.error.avoidanceFirm");
                continue;
            }
            if (!seen.add(a.firmId())) {
                p.add("avoidances", "notice.error.avoidanceTwice");
                continue;
            }
            String why = p.check("avoidances", () -> text(a.reason(), "notice.error.avoidanceReason", 500));
            avoid.add(new NoticeTerms.AvoidanceLine(a.firmId(), why));
        }
        p.throwIfAny();
        return new NoticeTerms(t.serviceItemId(), title, content, scale, t.regionCode(), t.fundSource(), m, fixed, floor,
                ceiling, minBidders, wp, wc, wq, coefficients, reason, t.serviceDays(), t.deadline(), contact, phone,
                complaint, new LinkedHashSet<>(t.caseIds()), avoid);
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

    private static String text(String s, String key, int max) {
        if (s == null || s.isBlank()) {
            throw new DomainException(key, String.valueOf(max));
        }
        String t = s.trim();
        if (t.length() > max) {
            throw new DomainException(key, String.valueOf(max));
        }
        return t;
    }

    private static String phone(String s, String key) {
        if (s == null || !PHONE.matcher(s.trim()).matches()) {
            throw new DomainException(key);
        }
        return s.trim();
    }
}
