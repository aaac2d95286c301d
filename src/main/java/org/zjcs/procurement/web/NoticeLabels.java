package org.zjcs.procurement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.procurement.application.NoticeCalendar;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRequirement;
import org.zjcs.security.application.AccountService;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.money.Money;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.BusinessTimeConverter;

/** What the notice pages show about a notice in the reader's language (#{noticeLabels...}); no rules here. */
@Named
@ApplicationScoped
public class NoticeLabels {

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    AccountService accounts;

    @Inject
    NoticeQueries notices;

    @Inject
    NoticeCalendar calendar;

    @Inject
    LocaleBean locale;

    /** One changed field of a correction, for the page. */
    public static final class Change {
        private final String field;
        private final String from;
        private final String to;

        Change(String field, String from, String to) {
            this.field = field;
            this.from = from;
            this.to = to;
        }

        public String getField() {
            return field;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }

    public String item(long serviceItemId) {
        ServiceItem i = catalog.cachedItem(serviceItemId);
        return i.getCode() + " " + (locale.isChinese() ? i.getNameZh() : i.getNameEn());
    }

    /** The item's code, for the link to its public service guide (service.xhtml?code=). */
    public String itemCode(long serviceItemId) {
        return catalog.cachedItem(serviceItemId).getCode();
    }

    /** Whether the item is in force (then its public service guide exists; a retired item's guide is a 404). */
    public boolean itemInForce(long serviceItemId) {
        return catalog.cachedItem(serviceItemId).isInForce();
    }

    public String region(String code) {
        return regions.fullName(code, locale.getLocale());
    }

    /** The language of {@link #region}: zh-CN unless the region is named in English (lang attribute of data). */
    public String regionLang(String code) {
        return regions.fullNameInChinese(code, locale.getLocale()) ? "zh-CN" : locale.getLanguageTag();
    }

    public String owner(long ownerId) {
        return accounts.organisation(ownerId).getName();
    }

    public String money(BigDecimal amount) {
        return Money.format(amount, locale.isChinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public String requirement(NoticeRequirement r) {
        QualificationType t = catalog.cachedQualificationTypes().get(r.getTypeCode());
        String name = t == null ? r.getTypeCode() : locale.isChinese() ? t.getNameZh() : t.getNameEn();
        return org.zjcs.shared.i18n.QualificationLevels.requirement(locale.getLocale(), name, r.getMinLevel());
    }

    public List<ApprovalCase> cases(Notice n) {
        return notices.casesOf(n);
    }

    public String department(long departmentId) {
        return accounts.organisation(departmentId).getName();
    }

    public int workingDaysLeft(Notice n) {
        return calendar.workingDaysLeft(n);
    }

    public boolean open(Notice n) {
        return calendar.isOpen(n);
    }

    /** The fields a correction changed, deadlines shown in Beijing time. */
    public List<Change> changes(Announcement a) {
        List<Change> list = new ArrayList<>();
        if (a.getChanges() == null) {
            return list;
        }
        try (JsonReader r = Json.createReader(new StringReader(a.getChanges()))) {
            JsonObject o = r.readObject();
            for (String field : o.keySet()) {
                if (o.get(field).getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject c = o.getJsonObject(field);
                list.add(new Change(field, show(field, c.getString("from", "")), show(field, c.getString("to", ""))));
            }
        }
        return list;
    }

    /** Whether a correction moved the deadline to keep the minimum window. */
    public boolean extended(Announcement a) {
        return a.getChanges() != null && a.getChanges().contains("\"deadlineExtended\":true");
    }

    private static String show(String field, String value) {
        if ("enrolmentDeadline".equals(field) && !value.isEmpty()) {
            return BusinessTimeConverter.format(Instant.parse(value));
        }
        return value;
    }
}
