package org.zjcs.credit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditRepairService;
import org.zjcs.credit.application.CreditRuleTable;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditEvent;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.security.application.AccountService;
import org.zjcs.shared.error.DomainException;

/** Turns credit records into what the pages show (names of firms, states on today's date, rule version numbers). */
@ApplicationScoped
public class CreditViews {

    @Inject
    CreditListService lists;

    @Inject
    CreditService credit;

    @Inject
    CreditRepairService repairs;

    @Inject
    CreditRuleTable rules;

    @Inject
    AccountService accounts;

    public String firmName(long firmId) {
        try {
            return accounts.organisation(firmId).getName();
        } catch (DomainException e) {
            return String.valueOf(firmId);
        }
    }

    public List<EntryView> entries(List<CreditListEntry> entries) {
        LocalDate today = lists.today();
        int min = repairs.repairMinDays();
        // every firm's name in one query, not one per row
        Map<Long, String> names = new HashMap<>();
        accounts.organisations(entries.stream().map(CreditListEntry::getFirmId).distinct().toList())
                .forEach((id, o) -> names.put(id, o.getName()));
        return entries.stream().map(e -> new EntryView(e, names.computeIfAbsent(e.getFirmId(), this::firmName), today, min))
                .toList();
    }

    /** A firm's events as shown publicly: date, label, points, rule version (no private comments: events hold none). */
    public List<EventView> events(long firmId) {
        Map<Long, Integer> versions = new HashMap<>();
        for (CreditRuleVersion v : rules.ruleVersions()) {
            versions.put(v.getId(), v.getVersionNo());
        }
        List<EventView> out = new ArrayList<>(credit.events(firmId).stream()
                .map(e -> new EventView(e, versions.getOrDefault(e.getRuleVersionId(), 0))).toList());
        Collections.reverse(out); // newest first
        return out;
    }

    /** A credit event as pages show it. */
    public static class EventView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Instant occurredAt;
        private final String code;
        private final int points;
        private final int ruleVersion;
        private final Long noticeId;

        EventView(CreditEvent e, int ruleVersion) {
            this.occurredAt = e.getOccurredAt();
            this.code = e.getCode().name();
            this.points = e.getPoints();
            this.ruleVersion = ruleVersion;
            this.noticeId = e.getNoticeId();
        }

        public Instant getOccurredAt() {
            return occurredAt;
        }

        public String getCode() {
            return code;
        }

        public int getPoints() {
            return points;
        }

        /** The points with their sign (+5, -20, 0). */
        public String getSignedPoints() {
            return points > 0 ? "+" + points : String.valueOf(points);
        }

        public int getRuleVersion() {
            return ruleVersion;
        }

        public Long getNoticeId() {
            return noticeId;
        }
    }
}
