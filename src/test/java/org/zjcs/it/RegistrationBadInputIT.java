package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.support.It;
import org.zjcs.support.Multipart;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Issue 3: bad registration input is refused with its own message in the reader's language (zh-CN, the default)
 * and leaves nothing behind: no organisation, account, firm, qualification, file row or audit entry, and no file in
 * the server's data directory. The registration form is posted over HTTP as a browser sends it (multipart, after
 * the Ajax steps of the region picker), which also allows file names no browser sends. The operator's review is
 * driven the same way, with two views of the review page open on one registration, as two tabs or two operators.
 * Expected texts are read from messages_zh_CN.properties.
 */
class RegistrationBadInputIT {

    private static final String REGISTER = "/register/firm.xhtml";
    private static final String REVIEWS = "/operator/reviews.xhtml";
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.zjcs.i18n.messages", Locale.SIMPLIFIED_CHINESE);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DATA_ROW = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** A service item in force, to register for. */
    private static long serviceItemId;

    @BeforeAll
    static void findAServiceItemAndTheDataDirectory() throws SQLException {
        serviceItemId = number("SELECT MIN(id) FROM service_item WHERE status = 'IN_FORCE'");
        // The demo files are there: the "no new file" checks look at the right directory.
        assertFalse(Snapshot.filesInDataDir().isEmpty(), "no files in the test server's data directory " + It.dataDir());
    }

    // 1. Invalid credit codes

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() throws Exception {
        Registration r = new Registration();
        char right = r.creditCode.charAt(17);
        char wrong = CreditCode.CHARSET.charAt((CreditCode.CHARSET.indexOf(right) + 1) % CreditCode.CHARSET.length());
        r.creditCode = r.creditCode.substring(0, 17) + wrong;
        assertRefusedAndNothingStored(r, text("creditCode.error.checkCharacter", String.valueOf(right)));
    }

    @Test
    void aCreditCodeOfTheWrongLengthIsRefused() throws Exception {
        Registration r = new Registration();
        r.creditCode = r.creditCode.substring(0, 17);
        assertRefusedAndNothingStored(r, text("creditCode.error.length", 17));
    }

    @Test
    void aCreditCodeWithCharactersOutsideTheCodeIsRefused() throws Exception {
        Registration letterI = new Registration();
        // I is not used in credit codes (it looks like 1).
        letterI.creditCode = letterI.creditCode.substring(0, 9) + "I" + letterI.creditCode.substring(10);
        assertRefusedAndNothingStored(letterI, text("creditCode.error.character", 10, "I"));

        Registration letterInDivision = new Registration();
        // Positions 3 to 8 are the division code: digits only.
        letterInDivision.creditCode = letterInDivision.creditCode.substring(0, 3) + "A" + letterInDivision.creditCode.substring(4);
        assertRefusedAndNothingStored(letterInDivision, text("creditCode.error.character", 4, "A"));
    }

    // 2. A credit code that is already registered

    @Test
    void aCreditCodeAlreadyRegisteredIsRefused() throws Exception {
        Registration first = new Registration();
        assertRegistered(submit(first));

        Registration again = new Registration();
        again.creditCode = first.creditCode;
        assertRefusedAndNothingStored(again, text("account.error.creditCodeTaken", first.creditCode), 1);

        // The same code typed in lower case.
        Registration typed = new Registration();
        typed.creditCode = first.creditCode.toLowerCase(Locale.ROOT);
        assertRefusedAndNothingStored(typed, text("account.error.creditCodeTaken", first.creditCode), 1);
    }

    // 3. A missing material

    @Test
    void aRegistrationWithoutTheBusinessLicenceIsRefused() throws Exception {
        Registration r = new Registration();
        r.files.put("licence", null);
        assertRefusedAndNothingStored(r, text("firm.error.materialMissing", text("firm.material.BUSINESS_LICENCE")));
    }

    // 4. An oversize file

    @Test
    void aFileOverTheLimitIsRefusedAndTheFilesStoredBeforeItAreRemoved() throws Exception {
        int max = (int) number("SELECT value FROM setting WHERE setting_key = 'upload.max-bytes'");
        assertEquals(10 * 1024 * 1024, max, "the documented limit (docs/domain-rules.md, upload.max-bytes)");
        Registration r = new Registration();
        // Issue 14: the container refuses a file over upload.max-bytes while it arrives (web.xml multipart-config =
        // the setting), before the form reads anything; RequestLimitFilter answers 413 with the application's message.
        r.files.put("scan", new Upload("scan.pdf", TestFiles.pdfBytes(max + 1)));
        String mb = BigDecimal.valueOf(max).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        Snapshot before = Snapshot.take();
        HttpResponse<String> answer = submit(r);
        assertEquals(413, answer.statusCode(), "refused by its size before the form reads it");
        assertTrue(answer.body().contains(text("upload.error.size", mb)), answer.body());
        AccessControlIT.assertNoTrace(answer.body());
        assertNothingStored(r, before, 0);
    }

    // 5. File names with a path

    @Test
    void aFileNameWithASlashPathIsRefused() throws Exception {
        Registration r = new Registration();
        r.files.put("licence", new Upload("../../etc/passwd", TestFiles.pdfBytes()));
        Snapshot before = Snapshot.take();
        HttpResponse<String> answer = submit(r);
        // PrimeFaces checks names before the application sees them (with / refused on every system); the text is
        // the application's (faces-config.xml message-bundle).
        String key = File.separatorChar == '\\' ? "primefaces.FileValidator.FILENAME_INVALID_WINDOWS"
                : "primefaces.FileValidator.FILENAME_INVALID_LINUX";
        assertRefused(answer, "reg", text(key, "../../etc/passwd"));
        assertNothingStored(r, before, 0);
        assertNoFileNamed("passwd");
    }

    @Test
    void aBackslashPathAndOtherOddNamesAreCutToDisplayTextAndTheDownloadCarriesTheCleanedName() throws Exception {
        assumeTrue(File.separatorChar == '/', "on Windows PrimeFaces refuses a backslash in a file name");
        Registration r = new Registration();
        // A Windows path passes PrimeFaces' check on Linux; FileNames keeps only what follows the last separator.
        r.files.put("licence", new Upload("..\\..\\x.pdf", TestFiles.pdfBytes()));
        // Leading dots (a hidden file) and a right-to-left override are taken out of the name.
        r.files.put("legalRepId", new Upload("...legal-rep-id\u202E.pdf", TestFiles.pdfBytes()));
        Snapshot before = Snapshot.take();
        assertRegistered(submit(r));

        long firmId = number("SELECT id FROM organisation WHERE credit_code = ?", r.creditCode);
        long licenceId = material(firmId, "BUSINESS_LICENCE");
        long legalRepId = material(firmId, "LEGAL_REP_ID");
        assertEquals("x.pdf", string("SELECT display_name FROM stored_file WHERE id = ?", String.valueOf(licenceId)));
        assertEquals("legal-rep-id.pdf", string("SELECT display_name FROM stored_file WHERE id = ?",
                String.valueOf(legalRepId)));

        // Stored under generated names inside the data directory; the uploader's name is used for no path.
        Set<String> keys = new TreeSet<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT storage_key FROM stored_file WHERE owner_organisation_id = ?")) {
            ps.setLong(1, firmId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        assertEquals(4, keys.size(), "three materials and the qualification scan");
        Set<Path> added = new TreeSet<>(Snapshot.filesInDataDir());
        added.removeAll(before.files());
        Set<Path> expected = new TreeSet<>();
        for (String key : keys) {
            assertTrue(key.matches("files/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.pdf"), key);
            Path p = It.dataDir().resolve(key).normalize();
            assertTrue(p.startsWith(It.dataDir()) && Files.isRegularFile(p), p.toString());
            expected.add(p);
        }
        assertEquals(expected, added, "the only new files are the four stored ones");
        assertNoFileNamed("x.pdf");
        assertNoFileNamed("..\\..\\x.pdf");

        WebClient firm = new WebClient();
        assertEquals(302, firm.login(r.username, r.password).statusCode());
        HttpResponse<String> licence = firm.get("/files/" + licenceId);
        assertEquals(200, licence.statusCode());
        assertEquals("attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf",
                licence.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(licence.body().startsWith("%PDF-"));
        assertEquals("attachment; filename=\"legal-rep-id.pdf\"; filename*=UTF-8''legal-rep-id.pdf",
                firm.get("/files/" + legalRepId).headers().firstValue("Content-Disposition").orElse(""));
    }

    private static long material(long firmId, String kind) throws SQLException {
        return number("SELECT stored_file_id FROM firm_material WHERE firm_id = ? AND kind = ?", String.valueOf(firmId), kind);
    }

    // 6. Validity dates the wrong way round

    @Test
    void aQualificationValidToBeforeValidFromIsRefused() throws Exception {
        Registration r = new Registration();
        r.validFrom = "2029-02-28";
        r.validTo = "2024-03-01";
        assertRefusedAndNothingStored(r, text("firm.error.validToBeforeFrom"));
    }

    // 7. Review moves that the life cycle does not allow

    @Test
    void aReturnedRegistrationCannotBeApproved() throws Exception {
        Registration r = new Registration();
        assertRegistered(submit(r));
        long firmId = number("SELECT id FROM organisation WHERE credit_code = ?", r.creditCode);

        WebClient operator = operator();
        ReviewView first = ReviewView.open(operator, r);
        ReviewView second = ReviewView.open(operator, r);
        assertMessage(first.returnWith("The licence scan is unreadable."), "reviewForm", text("review.returned", r.name));
        assertEquals("RETURNED", firmStatus(firmId));

        // The second view still shows the registration as it was when opened; approving it now is refused.
        assertMessage(second.approve(), "reviewForm", text("registration.error.notAwaitingReview"));
        assertEquals("RETURNED", firmStatus(firmId), "still returned");
        assertEquals("PENDING", string("SELECT status FROM organisation WHERE id = ?", String.valueOf(firmId)));
        assertEquals(0, number("SELECT COUNT(*) FROM firm_review_event WHERE firm_id = ? AND action = 'APPROVED'",
                String.valueOf(firmId)));
        assertEquals(0, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FIRM_APPROVED' AND object_id = ?",
                String.valueOf(firmId)));
        assertEquals(0, number("SELECT COUNT(*) FROM firm WHERE organisation_id = ? AND approved_at IS NOT NULL",
                String.valueOf(firmId)));
    }

    @Test
    void anApprovedRegistrationCannotBeApprovedAgain() throws Exception {
        Registration r = new Registration();
        assertRegistered(submit(r));
        long firmId = number("SELECT id FROM organisation WHERE credit_code = ?", r.creditCode);

        WebClient operator = operator();
        ReviewView first = ReviewView.open(operator, r);
        ReviewView second = ReviewView.open(operator, r);
        assertMessage(first.approve(), "reviewForm", text("review.approved", r.name));
        assertEquals("APPROVED", firmStatus(firmId));
        String approvedAt = string("SELECT approved_at FROM firm WHERE organisation_id = ?", String.valueOf(firmId));
        long notices = number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", String.valueOf(firmId));

        assertMessage(second.approve(), "reviewForm", text("registration.error.notAwaitingReview"));
        assertEquals("APPROVED", firmStatus(firmId));
        assertEquals(approvedAt, string("SELECT approved_at FROM firm WHERE organisation_id = ?", String.valueOf(firmId)),
                "approved once, at the first approval");
        assertEquals(1, number("SELECT COUNT(*) FROM firm_review_event WHERE firm_id = ? AND action = 'APPROVED'",
                String.valueOf(firmId)));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FIRM_APPROVED' AND object_id = ?",
                String.valueOf(firmId)));
        assertEquals(notices, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?",
                String.valueOf(firmId)), "the firm is not told twice");
    }

    // The registration form, as a browser sends it

    /** One upload: the name the browser gives and the bytes. */
    private record Upload(String fileName, byte[] content) {
    }

    /** One registration; every field is valid until a test changes it. */
    private static final class Registration {
        final String suffix = String.valueOf(100000 + RANDOM.nextInt(900000));
        String name = "Bad Input Test Consulting " + suffix;
        String creditCode = TestFiles.creditCode();
        String legalRepresentative = "Wang Jianguo";
        String contactName = "Zhou Min";
        String contactPhone = "029-87654321";
        String address = "33 Keji Road, Yanta District";
        String province = "610000";
        String city = "610100";
        String district = "610113";
        String qualificationType = "CMA";
        String certificateNo = "CMA-" + suffix;
        String issuer = "Shaanxi Administration for Market Regulation";
        String validFrom = "2024-03-01";
        String validTo = "2029-02-28";
        String username = "badinput" + suffix;
        String password = "Survey-River-2026";
        /** By file input id; null leaves the input empty. */
        final Map<String, Upload> files = new LinkedHashMap<>();

        Registration() {
            files.put("licence", new Upload("licence.pdf", TestFiles.pdfBytes()));
            files.put("legalRepId", new Upload("legal-rep-id.pdf", TestFiles.pdfBytes()));
            files.put("registrationForm", new Upload("registration-form.pdf", TestFiles.pdfBytes()));
            files.put("scan", new Upload("certificate.pdf", TestFiles.pdfBytes()));
        }
    }

    /** Opens the form in a new session, picks the region as the page's Ajax does, and submits it. */
    private static HttpResponse<String> submit(Registration r) {
        WebClient web = new WebClient();
        String viewState = WebClient.viewStateIn(web.get(REGISTER).body());
        viewState = pickRegion(web, viewState, "province", Map.of("reg:province", r.province));
        viewState = pickRegion(web, viewState, "city", Map.of("reg:province", r.province, "reg:city", r.city));

        Multipart form = new Multipart()
                .field("reg_SUBMIT", "1")
                .field("reg:name", r.name)
                .field("reg:creditCode", r.creditCode)
                .field("reg:legalRep", r.legalRepresentative)
                .field("reg:contactName", r.contactName)
                .field("reg:contactPhone", r.contactPhone)
                .field("reg:address", r.address)
                .field("reg:province", r.province)
                .field("reg:city", r.city)
                .field("reg:district", r.district)
                .field("reg:items", String.valueOf(serviceItemId));
        for (String id : List.of("licence", "legalRepId", "registrationForm")) {
            addFile(form, id, r.files.get(id));
        }
        form.field("reg:qualType", r.qualificationType)
                .field("reg:qualLevel", "")
                .field("reg:certificateNo", r.certificateNo)
                .field("reg:issuer", r.issuer)
                .field("reg:validFrom", r.validFrom)
                .field("reg:validTo", r.validTo);
        addFile(form, "scan", r.files.get("scan"));
        form.field("reg:username", r.username)
                .field("reg:password", r.password)
                .field("reg:commitment", "on")
                .field("reg:submit", "submit")
                .field("jakarta.faces.ViewState", viewState);
        return web.postMultipart(REGISTER, form);
    }

    private static void addFile(Multipart form, String id, Upload u) {
        if (u == null) {
            form.emptyFile("reg:" + id);
        } else {
            form.file("reg:" + id, u.fileName(), "application/pdf", u.content());
        }
    }

    /** The region picker's Ajax request after a choice: the next list is filled on the server. */
    private static String pickRegion(WebClient web, String viewState, String select, Map<String, String> values) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reg_SUBMIT", "1");
        p.putAll(values);
        p.put("jakarta.faces.ViewState", viewState);
        p.put("jakarta.faces.source", "reg:" + select);
        p.put("jakarta.faces.behavior.event", "valueChange");
        p.put("jakarta.faces.partial.event", "change");
        p.put("jakarta.faces.partial.execute", "reg:" + select);
        p.put("jakarta.faces.partial.render", "reg:regionPicker");
        p.put("jakarta.faces.partial.ajax", "true");
        HttpResponse<String> answer = web.postAjax(REGISTER, p);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<partial-response") && !answer.body().contains("<error>"), answer.body());
        String next = WebClient.viewStateIn(answer.body());
        return next == null ? viewState : next;
    }

    // The operator's review page, as its script sends it

    private static WebClient operator() {
        WebClient operator = new WebClient();
        assertEquals(302, operator.login("operator01", It.DEMO_PASSWORD).statusCode());
        return operator;
    }

    /** One view of the review page (a browser tab) with one registration opened. */
    private static final class ReviewView {
        private final WebClient web;
        private String viewState;

        private ReviewView(WebClient web, String viewState) {
            this.web = web;
            this.viewState = viewState;
        }

        static ReviewView open(WebClient operator, Registration r) {
            String page = operator.get(REVIEWS).body();
            ReviewView view = new ReviewView(operator, WebClient.viewStateIn(page));
            String button = "reviewForm:queue:" + rowOf(page, r.creditCode) + ":open";
            HttpResponse<String> opened = view.ajax(button, button, Map.of(button, button));
            assertTrue(opened.body().contains("<h2 id=\"review-name\">" + r.name + "</h2>"), opened.body());
            return view;
        }

        HttpResponse<String> approve() {
            return ajax("reviewForm:approve", "reviewForm:approve", Map.of("reviewForm:approve", "reviewForm:approve"));
        }

        HttpResponse<String> returnWith(String reason) {
            return ajax("reviewForm:return", "reviewForm:return reviewForm:reason",
                    Map.of("reviewForm:return", "reviewForm:return", "reviewForm:reason", reason));
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

        /** The row index of the registration in the review queue. */
        private static int rowOf(String page, String creditCode) {
            int at = page.indexOf(">" + creditCode + "<");
            assertTrue(at > 0, "registration " + creditCode + " is in the review queue");
            Matcher m = DATA_ROW.matcher(page.substring(0, at));
            int row = -1;
            while (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
            assertTrue(row >= 0, "row of " + creditCode);
            return row;
        }
    }

    // Assertions

    /** Submits the registration and checks that it is refused with {@code message} and that nothing is stored. */
    private static void assertRefusedAndNothingStored(Registration r, String message) throws Exception {
        assertRefusedAndNothingStored(r, message, 0);
    }

    private static void assertRefusedAndNothingStored(Registration r, String message, long organisationsWithTheCode)
            throws Exception {
        Snapshot before = Snapshot.take();
        assertRefused(submit(r), "reg", message);
        assertNothingStored(r, before, organisationsWithTheCode);
    }

    private static void assertRefused(HttpResponse<String> answer, String form, String message) {
        assertEquals(200, answer.statusCode(), "the form again, not an error page");
        assertFalse(answer.body().contains("id=\"register-done\""), "not registered");
        assertMessage(answer, form, message);
        AccessControlIT.assertNoTrace(answer.body());
    }

    /** The form's message area shows {@code message} (and nothing else). */
    private static void assertMessage(HttpResponse<String> answer, String form, String message) {
        String body = answer.body();
        int start = body.indexOf("id=\"" + form + ":messages\"");
        int end = body.indexOf("id=\"" + form + ":messages_s\"");
        assertTrue(start >= 0 && end > start, "no message area in " + body);
        List<String> shown = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"ui-messages-\\w+-(?:summary|detail)\">(.*?)</span>")
                .matcher(body.substring(start, end));
        while (m.find()) {
            shown.add(unescape(m.group(1)));
        }
        assertEquals(List.of(message), shown);
    }

    private static void assertRegistered(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode());
        int start = answer.body().indexOf("id=\"reg:messages\"");
        assertTrue(answer.body().contains("id=\"register-done\""),
                "registered: " + (start < 0 ? answer.body() : answer.body().substring(start)));
    }

    private static void assertNothingStored(Registration r, Snapshot before, long organisationsWithTheCode)
            throws SQLException {
        assertEquals(0, number("SELECT COUNT(*) FROM organisation WHERE name = ?", r.name), "no organisation");
        assertEquals(organisationsWithTheCode, number("SELECT COUNT(*) FROM organisation WHERE credit_code = ?",
                r.creditCode.strip().toUpperCase(Locale.ROOT)), "no (further) organisation with the credit code");
        assertEquals(0, number("SELECT COUNT(*) FROM user_account WHERE username = ?", r.username), "no account");
        assertEquals(0, number("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", r.username), "nothing audited");
        Snapshot after = Snapshot.take();
        assertEquals(before.rows(), after.rows(), "no rows in organisation, user_account, firm, qualification, files");
        assertEquals(before.files(), after.files(), "no file left in the data directory " + It.dataDir());
    }

    /**
     * Nothing of that name anywhere in the test server's directory (the data directory and what is around it). The
     * running server renames and deletes files of its own (its OSGi work area) meanwhile: a file or directory that
     * vanishes during the walk is skipped, not an error.
     */
    private static void assertNoFileNamed(String name) throws IOException {
        Path server = It.dataDir().getParent();
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(server, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return visit(dir);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                return visit(file);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            private FileVisitResult visit(Path p) {
                if (p.getFileName() != null && p.getFileName().toString().equals(name)) {
                    found.add(p);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertEquals(List.of(), found);
    }

    /** Row counts of what a registration stores, and the files in the data directory. */
    private record Snapshot(Map<String, Long> rows, Set<Path> files) {

        static Snapshot take() throws SQLException {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("organisation", "user_account", "firm", "firm_material", "firm_service_item",
                    "firm_qualification", "firm_review_event", "stored_file")) {
                rows.put(table, number("SELECT COUNT(*) FROM " + table));
            }
            rows.put("audit", number("SELECT COUNT(*) FROM audit_entry WHERE action IN "
                    + "('ORGANISATION_REGISTERED', 'FIRM_REGISTERED', 'FILE_STORED')"));
            return new Snapshot(rows, filesInDataDir());
        }

        /**
         * The stored files: the files a refused form holds for its next submit (tmp/uploads, issue 20: deleted on
         * success, at the session's end or after an hour) are the form's, not stored, and left out.
         */
        static Set<Path> filesInDataDir() {
            Path dir = It.dataDir();
            if (!Files.isDirectory(dir)) {
                return Set.of();
            }
            Path held = dir.resolve("tmp");
            try (Stream<Path> all = Files.walk(dir)) {
                return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(held))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String firmStatus(long firmId) throws SQLException {
        return string("SELECT registration_status FROM firm WHERE organisation_id = ?", String.valueOf(firmId));
    }

    // Messages and the database

    /** A message of the Chinese bundle, formatted as the application formats it (Messages.text). */
    private static String text(String key, Object... args) {
        String pattern = ZH.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    private static String unescape(String html) {
        Matcher m = NUMERIC_ENTITY.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(cp)));
        }
        m.appendTail(b);
        return b.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static long number(String sql, String... params) throws SQLException {
        return Long.parseLong(string(sql, params));
    }

    private static String string(String sql, String... params) throws SQLException {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }
}
