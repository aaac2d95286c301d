package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.sql;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Multipart;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Firm upkeep over HTTP (issue 16 part 8): the unit admin adds a service item only with a valid qualification for it
 * (refused naming the missing one), removes one without touching enrolments made, changes the contacts (audited with
 * old and new); members read only; a change of licence data waits for the operator's review — one at a time, a
 * credit code of another organisation refused — and only its approval replaces the data.
 */
class FirmUpkeepIT {

    static final String PAGE = "/firm/profile.xhtml";
    static final String REVIEWS = "/operator/licence-changes.xhtml";
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.zjcs.i18n.messages", Locale.SIMPLIFIED_CHINESE);
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern DATA_ROW = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"");

    /** 测绘 (ZJ008): needs a surveying qualification of grade B (乙级) or higher. */
    static final long MAPPING = 8;
    /** 水土保持方案编制 (ZJ003) and 节能评估 (ZJ004): no qualification needed. */
    static final long SOIL = 3;
    static final long ENERGY = 4;

    /** A new approved firm offering {@code item}, whose account is its unit admin (as a registered firm's first account). */
    static String firm(long item) throws Exception {
        String user = Fixtures.firm(item);
        sql("UPDATE user_account SET unit_admin = TRUE WHERE username = ?", user);
        return user;
    }

    static String msg(String key, Object... args) {
        String pattern = ZH.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    static String unescape(String html) {
        Matcher m = NUMERIC_ENTITY.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(cp)));
        }
        m.appendTail(b);
        return b.toString().replace("&quot;", "\"").replace("&amp;", "&");
    }

    static String add(WebClient firm, long item) {
        HttpResponse<String> r = firm.postForm(PAGE, "itemsForm", Map.of("addItem", String.valueOf(item), "add", "新增"));
        assertEquals(200, r.statusCode());
        return unescape(r.body());
    }

    static String remove(WebClient firm, String itemCode) {
        String page = firm.get(PAGE).body();
        Matcher m = Pattern.compile("data-code=\"" + itemCode + "\"[\\s\\S]*?name=\"itemsForm:offered:(\\d+):remove\"").matcher(page);
        assertTrue(m.find(), "a remove button for " + itemCode);
        HttpResponse<String> r = firm.postForm(PAGE, "itemsForm", Map.of("offered:" + m.group(1) + ":remove", "删除"));
        assertEquals(200, r.statusCode());
        return unescape(r.body());
    }

    static long offers(long org, long item) throws Exception {
        return number("SELECT COUNT(*) FROM firm_service_item WHERE firm_id = ? AND service_item_id = ?", org, item);
    }

    static long audits(String action, long org) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?", action, String.valueOf(org));
    }

    /** An approved surveying qualification (grade A) of the firm, valid until {@code validTo}. */
    static void qualification(long org, String validTo) throws Exception {
        sql("INSERT INTO firm_qualification (firm_id, type_code, level, certificate_no, issuer, valid_from, valid_to, scan_file_id, "
                + "review_status, submitted_at, decided_at) SELECT ?, 'SURVEYING_MAPPING', '甲级', ?, '陕西省自然资源厅', '2024-01-01', ?, "
                + "MIN(id), 'APPROVED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM stored_file", org, "CH-" + System.nanoTime(), validTo);
    }

    @Test
    void anItemNeedingAQualificationIsRefusedNamingItUntilTheFirmHoldsAValidOne() throws Exception {
        String user = firm(SOIL);
        long org = Fixtures.orgOf(user);
        WebClient web = as(user);
        qualification(org, "2026-01-31"); // expired: does not count
        String refused = add(web, MAPPING);
        assertTrue(refused.contains("须持有有效的测绘资质（乙级及以上）"), refused);
        assertEquals(0, offers(org, MAPPING), "nothing stored");
        assertEquals(0, audits("FIRM_ITEM_ADDED", org));

        qualification(org, "2030-12-31");
        String added = add(web, MAPPING);
        assertTrue(added.contains(msg("firm.upkeep.itemAdded", "测绘（地形图测绘、规划放线、竣工测量）")), added);
        assertEquals(1, offers(org, MAPPING));
        assertEquals(1, audits("FIRM_ITEM_ADDED", org), "audited");
        assertTrue(text("SELECT details FROM audit_entry WHERE action = 'FIRM_ITEM_ADDED' AND object_id = ?", String.valueOf(org))
                .contains("ZJ008"), "with the item");
        String again = add(web, MAPPING); // no longer offered for adding: the form refuses the choice
        assertFalse(again.contains(msg("firm.upkeep.itemAdded", "测绘（地形图测绘、规划放线、竣工测量）")), "not added twice");
        assertEquals(1, offers(org, MAPPING));
        assertEquals(1, audits("FIRM_ITEM_ADDED", org));
    }

    @Test
    void removingAnItemLeavesTheEnrolmentsMadeAsTheyAre() throws Exception {
        String user = firm(SOIL);
        long org = Fixtures.orgOf(user);
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Upkeep enrolment " + System.nanoTime(), SOIL, "RANDOM_DRAW", "90000", null, null, 3);
        HttpResponse<String> enrolled = as(user).postJson("/api/notices/" + notice + "/bids", "{}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        String receipt = text("SELECT receipt_hash FROM enrolment WHERE notice_id = ?", notice);

        WebClient web = as(user);
        String last = remove(web, "ZJ003");
        assertTrue(last.contains(msg("firm.upkeep.error.lastItem")), "a firm keeps at least one item");
        add(web, ENERGY);
        String removed = remove(web, "ZJ003");
        assertTrue(removed.contains(msg("firm.upkeep.itemRemoved", "水土保持方案编制")), removed);
        assertEquals(0, offers(org, SOIL));
        assertEquals(1, audits("FIRM_ITEM_REMOVED", org));
        assertEquals(1, number("SELECT COUNT(*) FROM enrolment WHERE notice_id = ? AND status = 'ACTIVE'", notice),
                "the enrolment stays");
        assertEquals(receipt, text("SELECT receipt_hash FROM enrolment WHERE notice_id = ?", notice), "unchanged");
    }

    @Test
    void contactsChangeAtOnceAuditedWithOldAndNewAndBadOnesStoreNothing() throws Exception {
        String user = firm(SOIL);
        long org = Fixtures.orgOf(user);
        WebClient web = as(user);
        String bad = unescape(web.postForm(PAGE, "contactsForm", Map.of("contactName", "周敏", "contactPhone", "call me",
                "saveContacts", "保存")).body());
        assertTrue(bad.contains(msg("registration.error.phone")), bad);
        assertEquals("Contact", text("SELECT contact_name FROM firm WHERE organisation_id = ?", org), "nothing stored");

        String ok = unescape(web.postForm(PAGE, "contactsForm", Map.of("contactName", "周敏", "contactPhone", "029-81112222",
                "saveContacts", "保存")).body());
        assertTrue(ok.contains(msg("firm.upkeep.contactsSaved")), ok);
        assertEquals("周敏", text("SELECT contact_name FROM firm WHERE organisation_id = ?", org));
        assertEquals("029-81112222", text("SELECT contact_phone FROM firm WHERE organisation_id = ?", org));
        String details = text("SELECT details FROM audit_entry WHERE action = 'FIRM_CONTACTS_CHANGED' AND object_id = ?",
                String.valueOf(org));
        assertTrue(details.contains("Contact → 周敏") && details.contains("029-88888888 → 029-81112222"), details);
    }

    @Test
    void aMemberReadsTheDataButCannotChangeIt() throws Exception {
        String admin = firm(SOIL);
        long org = Fixtures.orgOf(admin);
        String member = "tmember" + System.nanoTime() % 100000000;
        sql("INSERT INTO user_account (username, password_hash, display_name, organisation_id, status, created_at, unit_admin) "
                + "SELECT ?, password_hash, 'Member', ?, 'ACTIVE', UTC_TIMESTAMP(6), FALSE FROM user_account WHERE username = 'firm01'",
                member, org);
        sql("INSERT INTO user_role (user_id, role) SELECT id, 'FIRM' FROM user_account WHERE username = ?", member);
        WebClient web = as(member);
        String page = unescape(web.get(PAGE).body());
        assertTrue(page.contains(msg("firm.upkeep.readOnly")), page);
        assertFalse(page.contains("licenceForm"), "no change form for a member");
        web.postForm(PAGE, "contactsForm", Map.of("contactName", "冒名", "contactPhone", "029-81112222", "saveContacts", "保存"));
        web.postForm(PAGE, "itemsForm", Map.of("addItem", String.valueOf(ENERGY), "add", "新增"));
        assertEquals("Contact", text("SELECT contact_name FROM firm WHERE organisation_id = ?", org));
        assertEquals(0, offers(org, ENERGY));
    }

    // --- licence changes ---

    static Map<String, String> licence(String name, String code) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("creditCode", code);
        f.put("legalRep", "王建国");
        f.put("province", "610000");
        f.put("city", "610100");
        f.put("district", "610103");
        f.put("address", "南关正街 88 号");
        f.put("submitLicence", "提交变更申请");
        return f;
    }

    static String submit(WebClient web, Map<String, String> fields, boolean withFile) throws Exception {
        Map<String, Path> files = withFile ? Map.of("licence", TestFiles.pdf("营业执照.pdf")) : Map.of();
        HttpResponse<String> r = web.postMultipart(PAGE, "licenceForm", fields, files);
        assertEquals(200, r.statusCode(), r.body());
        return unescape(r.body());
    }

    static long changes(long org, String status) throws Exception {
        return number("SELECT COUNT(*) FROM firm_licence_change WHERE firm_id = ? AND registration_status = ?", org, status);
    }

    @Test
    void aLicenceChangeWaitsForTheOperatorAndOnlyItsApprovalReplacesTheData() throws Exception {
        String user = firm(SOIL);
        long org = Fixtures.orgOf(user);
        String oldName = text("SELECT name FROM organisation WHERE id = ?", org);
        String oldCode = text("SELECT credit_code FROM organisation WHERE id = ?", org);
        WebClient web = as(user);

        assertTrue(submit(web, licence("验证用机构更名 " + System.nanoTime(), oldCode), false)
                .contains(msg("firm.upkeep.error.licenceRequired")));
        String taken = text("SELECT credit_code FROM organisation WHERE id = 1002");
        assertTrue(submit(web, licence("验证用机构更名", taken), true).contains(msg("account.error.creditCodeTaken", taken)));
        assertEquals(0, number("SELECT COUNT(*) FROM firm_licence_change WHERE firm_id = ?", org), "nothing stored");

        String newName = "验证用机构更名 Renamed " + System.nanoTime();
        String newCode = TestFiles.creditCode();
        String submitted = submit(web, licence(newName, newCode), true);
        assertTrue(submitted.contains(msg("firm.upkeep.licenceSubmitted")), submitted);
        assertEquals(1, changes(org, "SUBMITTED"));
        assertEquals(oldName, text("SELECT name FROM organisation WHERE id = ?", org), "the old data stays in force");
        assertEquals("Rep", text("SELECT legal_representative FROM firm WHERE organisation_id = ?", org));
        assertFalse(submitted.contains("id=\"licenceForm\""), "no second form while one waits");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FIRM_LICENCE_CHANGE_SUBMITTED' AND details LIKE ?",
                "%" + newCode + "%"));

        // the operator returns it with a reason: closed, the data unchanged, the firm told
        LicenceReview review = LicenceReview.open(as("operator01"), oldCode);
        assertTrue(review.opened.contains(newName) && review.opened.contains(oldName), "old and new side by side");
        review.returnWith("营业执照扫描件不清晰，请重新上传。");
        assertEquals(1, changes(org, "RETURNED"));
        assertEquals(oldName, text("SELECT name FROM organisation WHERE id = ?", org));
        assertEquals(1, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ? "
                + "AND message_key = 'firm.upkeep.notification.returned'", org));
        assertTrue(unescape(web.get(PAGE).body()).contains("营业执照扫描件不清晰"), "the firm sees the reason");

        // submitted again, approved: the organisation and the firm carry the new data
        assertTrue(submit(web, licence(newName, newCode), true).contains(msg("firm.upkeep.licenceSubmitted")));
        assertEquals(1, changes(org, "SUBMITTED"));
        LicenceReview.open(as("operator01"), oldCode).approve();
        assertEquals(1, changes(org, "APPROVED"));
        assertEquals(newName, text("SELECT name FROM organisation WHERE id = ?", org));
        assertEquals(newCode, text("SELECT credit_code FROM organisation WHERE id = ?", org));
        assertEquals("王建国", text("SELECT legal_representative FROM firm WHERE organisation_id = ?", org));
        assertEquals("610103", text("SELECT region_code FROM firm WHERE organisation_id = ?", org));
        assertEquals(text("SELECT new_licence_file_id FROM firm_licence_change WHERE firm_id = ? AND registration_status = 'APPROVED'", org),
                text("SELECT stored_file_id FROM firm_material WHERE firm_id = ? AND kind = 'BUSINESS_LICENCE'", org));
        assertEquals("ACTIVE", text("SELECT status FROM organisation WHERE id = ?", org));
        String details = text("SELECT details FROM audit_entry WHERE action = 'FIRM_LICENCE_CHANGED' AND object_id = ?", String.valueOf(org));
        assertTrue(details.contains(oldName + " → " + newName), details);
        assertTrue(unescape(new WebClient().get("/firm-profile.xhtml?id=" + org).body()).contains(newName), "the public profile shows it");
    }

    @Test
    void anOpenChangeBlocksASecondOneEvenFromAFormOpenedBefore() throws Exception {
        String user = firm(SOIL);
        long org = Fixtures.orgOf(user);
        String code = text("SELECT credit_code FROM organisation WHERE id = ?", org);
        WebClient first = as(user);
        WebClient second = as(user);
        String secondPage = second.get(PAGE).body(); // another tab, opened while no change waits
        assertTrue(submit(first, licence("验证用机构 甲 " + System.nanoTime(), code), true).contains(msg("firm.upkeep.licenceSubmitted")));

        Multipart form = new Multipart().field("licenceForm_SUBMIT", "1");
        licence("验证用机构 乙", code).forEach((k, v) -> form.field("licenceForm:" + k, v));
        form.field("jakarta.faces.ViewState", WebClient.viewStateIn(secondPage));
        Matcher input = Pattern.compile("<input[^>]*id=\"licenceForm:licence(?:_input)?\"[^>]*name=\"([^\"]+)\"|"
                + "<input[^>]*name=\"([^\"]+)\"[^>]*id=\"licenceForm:licence(?:_input)?\"").matcher(secondPage);
        assertTrue(input.find(), "the file input");
        form.file(input.group(1) != null ? input.group(1) : input.group(2), "营业执照.pdf", "application/pdf", TestFiles.pdfBytes());
        String answer = unescape(second.postMultipart(PAGE, form).body());
        assertTrue(answer.contains(msg("firm.upkeep.error.changeOpen")), answer);
        assertEquals(1, number("SELECT COUNT(*) FROM firm_licence_change WHERE firm_id = ?", org), "still one");
    }

    /** The operator's review page with one firm's change opened, as its script sends it. */
    static final class LicenceReview {
        private final WebClient web;
        private String viewState;
        String opened;

        private LicenceReview(WebClient web, String viewState) {
            this.web = web;
            this.viewState = viewState;
        }

        static LicenceReview open(WebClient operator, String creditCode) {
            String page = operator.get(REVIEWS).body();
            LicenceReview view = new LicenceReview(operator, WebClient.viewStateIn(page));
            int at = page.indexOf(">" + creditCode + "<");
            assertTrue(at > 0, "the change of " + creditCode + " is in the queue");
            Matcher m = DATA_ROW.matcher(page.substring(0, at));
            int row = -1;
            while (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
            String button = "reviewForm:queue:" + row + ":open";
            view.opened = unescape(view.ajax(button, button, Map.of(button, button)).body());
            return view;
        }

        void approve() {
            String r = unescape(ajax("reviewForm:approve", "reviewForm:approve", Map.of("reviewForm:approve", "reviewForm:approve")).body());
            assertFalse(r.contains("ui-messages-error"), r);
        }

        void returnWith(String reason) {
            String r = unescape(ajax("reviewForm:return", "reviewForm:return reviewForm:reason",
                    Map.of("reviewForm:return", "reviewForm:return", "reviewForm:reason", reason)).body());
            assertFalse(r.contains("ui-messages-error"), r);
        }

        private HttpResponse<String> ajax(String source, String execute, Map<String, String> fields) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("jakarta.faces.partial.ajax", "true");
            p.put("jakarta.faces.source", source);
            p.put("jakarta.faces.partial.execute", execute);
            p.put("jakarta.faces.partial.render", "reviewForm");
            p.put("reviewForm_SUBMIT", "1");
            p.putAll(fields);
            p.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> answer = web.postAjax(REVIEWS, p);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("<partial-response") && !answer.body().contains("<error>"), answer.body());
            String next = WebClient.viewStateIn(answer.body());
            if (next != null) {
                viewState = next;
            }
            return answer;
        }
    }
}
