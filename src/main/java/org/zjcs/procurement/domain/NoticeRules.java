package org.zjcs.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;

/**
 * The rules a notice's terms must meet, whatever page or API wrote them (docs/domain-rules.md, "Notices"). Each
 * refusal names the rule; nothing about the calendar here (see {@link EnrolmentWindow}).
 */
public final class NoticeRules {

    public static final int DEFAULT_MIN_BIDDERS = SelectionTerms.DEFAULT_MIN_BIDDERS;
    public static final String DEFAULT_COEFFICIENTS = SelectionTerms.DEFAULT_COEFFICIENTS;

    private NoticeRules() {
    }

    /**
     * The checked terms: text trimmed, amounts to two decimals, defaults filled, what the method does not use cleared,
     * the approval cases once each in the owner's order. Every refused field is reported at once
     * ({@link ValidationException}, fields named as on the notice form: serviceItem, title, serviceContent, projectScale,
     * district, fundSource, the fields of {@link SelectionTerms#check}, serviceDays, deadlineDate, the fields of
     * {@link Contacts#check}, cases, avoidances); a rule that needs another field's value is checked once that value is
     * valid.
     */
    public static NoticeTerms check(NoticeTerms t, BigDecimal directPickThreshold) {
        ValidationException.Problems p = new ValidationException.Problems();
        if (t.serviceItemId() == null) {
            p.add("serviceItem", "notice.error.serviceItem");
        }
        String title = p.check("title", () -> required(t.title(), "notice.error.title", 200));
        String content = p.check("serviceContent", () -> required(t.serviceContent(), "notice.error.serviceContent", 4000));
        String scale = p.check("projectScale", () -> required(t.projectScale(), "notice.error.projectScale", 1000));
        if (t.regionCode() == null || t.regionCode().isBlank()) {
            p.add("district", "notice.error.region");
        }
        if (t.fundSource() == null) {
            p.add("fundSource", "notice.error.fundSource");
        }
        SelectionTerms selection = t.selection() == null ? SelectionTerms.entered(null, null, null, null, null, null, null,
                null, null, null).check(directPickThreshold, p) : t.selection().check(directPickThreshold, p);
        if (t.serviceDays() == null || t.serviceDays() < 1 || t.serviceDays() > 365) {
            p.add("serviceDays", "notice.error.serviceDays");
        }
        if (t.deadline() == null) {
            p.add("deadlineDate", "notice.error.deadlineRequired");
        }
        Contacts contacts = (t.contacts() == null ? Contacts.entered(null, null, null) : t.contacts()).check(p);
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
            String why = p.check("avoidances", () -> required(a.reason(), "notice.error.avoidanceReason", 500));
            avoid.add(new NoticeTerms.AvoidanceLine(a.firmId(), why));
        }
        p.throwIfAny();
        return new NoticeTerms(t.serviceItemId(), title, content, scale, t.regionCode(), t.fundSource(), selection,
                t.serviceDays(), t.deadline(), contacts, List.copyOf(new LinkedHashSet<>(t.caseIds())), avoid);
    }

    /** The reasonable-price coefficients in percent, e.g. "95,96,97,98": 1 to 10 distinct whole numbers from 80 to 100. */
    static String coefficients(String text) {
        return SelectionTerms.coefficients(text);
    }

    /** The text trimmed; refused with {@code key} (and {@code max} as its argument) when blank or longer than {@code max}. */
    public static String required(String s, String key, int max) {
        if (s == null || s.isBlank()) {
            throw new DomainException(key, String.valueOf(max));
        }
        String t = s.trim();
        if (t.length() > max) {
            throw new DomainException(key, String.valueOf(max));
        }
        return t;
    }
}
