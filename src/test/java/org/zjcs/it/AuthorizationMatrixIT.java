package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zjcs.security.AuthorizationMatrix;
import org.zjcs.security.AuthorizationMatrix.Row;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Multipart;
import org.zjcs.support.WebClient;

/**
 * Walks THE authorization matrix (src/test/resources/security/authorization-matrix.tsv, legend there and in
 * docs/security.md V4) against the running server: one dynamic test per row, each role's account logged in once and
 * its session reused, the objects of the rows found once in {@link #objects()} (the demo's notice chain; a notice
 * attachment is added for the run and removed after it). State-changing REST calls are probes that are refused before
 * any change (wrong role, not the caller's object) or, where allowed, for their content or state (an empty body, a
 * finished notice), so the run leaves the data as it found it. What each row saw is written to
 * target/authorization-matrix-actual.tsv.
 */
class AuthorizationMatrixIT {

    /** The demo objects the rows name ({name} in a request or mark). */
    private static final Map<String, String> OBJECTS = new LinkedHashMap<>();
    private static final Map<String, WebClient> SESSIONS = new ConcurrentHashMap<>();
    private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** REST templates whose body is multipart (an upload); any other POST/PUT gets {@code {}}. */
    private static final List<String> MULTIPART = List.of("/contract/versions", "/deliverables");
    private static final long NOTICE = 8013; // DELIVERED, owner01's unit, won by firm08, case of department 3001
    private static final long EVAL_NOTICE = 8012; // COMPLETED, evaluated by owner01, won by firm06
    private static final long DRAFT = 8001; // owner01's draft
    private static final List<long[]> ADDED_ATTACHMENTS = new ArrayList<>();

    @BeforeAll
    static void objects() throws Exception {
        put("notice", NOTICE);
        put("evalNotice", EVAL_NOTICE);
        put("draftNotice", DRAFT);
        OBJECTS.put("draftTitle", Fixtures.text("SELECT title FROM notice WHERE id = ? AND status = 'DRAFT'", DRAFT));
        put("firm06Org", Fixtures.orgOf("firm06"));
        put("contractVersion", Fixtures.number(
                "SELECT MAX(id) FROM contract_version WHERE notice_id = ? AND status = 'CONFIRMED'", NOTICE));
        put("contractStoredFile", Fixtures.number(
                "SELECT MAX(file_id) FROM contract_version WHERE notice_id = ? AND uploader_org_id = ?", NOTICE,
                Fixtures.orgOf("firm08")));
        put("deliverable", Fixtures.number("SELECT MAX(id) FROM deliverable WHERE notice_id = ?", NOTICE));
        put("deliverableFile", Fixtures.number("SELECT MIN(file_id) FROM deliverable_file WHERE deliverable_id = ?",
                Long.parseLong(OBJECTS.get("deliverable"))));
        put("evaluation", Fixtures.number("SELECT id FROM evaluation WHERE notice_id = ?", EVAL_NOTICE));
        put("creditEvidence", Fixtures.number("SELECT MIN(e.file_id) FROM credit_list_evidence e "
                + "JOIN credit_list_entry l ON l.id = e.entry_id WHERE l.firm_id = ?", Fixtures.orgOf("firm02")));
        put("firmScan", Fixtures.number("SELECT MIN(scan_file_id) FROM firm_qualification WHERE firm_id = ?",
                Fixtures.orgOf("firm01")));
        put("ownerCertificate", Fixtures.number("SELECT certificate_file_id FROM owner_unit WHERE organisation_id = ?",
                Fixtures.orgOf("owner04")));
        OBJECTS.put("caseNumber", Fixtures.text("SELECT c.case_number FROM approval_case c JOIN notice_case n "
                + "ON n.approval_case_id = c.id WHERE n.notice_id = ?", NOTICE));
        // complaints and reports (demo V17): owner01's unit's open report with its evidence, firm06's answered complaint
        put("report", Fixtures.number("SELECT MIN(id) FROM complaint WHERE kind = 'REPORT' AND reporter_org_id = ?",
                Fixtures.orgOf("owner01")));
        put("complaintFile", Fixtures.number("SELECT MIN(file_id) FROM complaint_evidence WHERE complaint_id = ?",
                Long.parseLong(OBJECTS.get("report"))));
        put("complaint", Fixtures.number("SELECT MIN(id) FROM complaint WHERE kind = 'COMPLAINT' AND status = 'ANSWERED' "
                + "AND reporter_org_id = ?", Fixtures.orgOf("firm06")));
        put("unknownExtension", 1 + Fixtures.number("SELECT COALESCE(MAX(id), 0) + 1000000 FROM contract_extension"));
        // A public notice's attachment and a draft's: the owner unit's own stored file (its contract upload of 8012).
        long file = Fixtures.number("SELECT file_id FROM contract_version WHERE notice_id = ? AND uploader_org_id = ?",
                EVAL_NOTICE, Fixtures.orgOf("owner01"));
        put("attachmentNotice", NOTICE);
        put("attachment", attach(NOTICE, file));
        put("draftAttachmentNotice", DRAFT);
        put("draftAttachment", attach(DRAFT, file));
        // issue 17 PDFs: the notice's first announcement; firm02, whose credit file has a black-list entry
        put("announcement", Fixtures.number("SELECT MIN(id) FROM announcement WHERE notice_id = ?", NOTICE));
        put("firm02Org", Fixtures.orgOf("firm02"));
        OBJECTS.forEach((k, v) -> assertTrue(v != null && !v.isBlank() && !"0".equals(v) && !"-1".equals(v), "the demo has " + k + ": " + v));
    }

    private static long attach(long notice, long file) throws Exception {
        long position = Fixtures.number("SELECT COALESCE(MAX(position), 0) + 1 FROM notice_attachment WHERE notice_id = ?",
                notice);
        Fixtures.sql("INSERT INTO notice_attachment (notice_id, position, stored_file_id, display_name, sha256) "
                + "SELECT ?, ?, id, 'matrix.pdf', sha256 FROM stored_file WHERE id = ?", notice, position, file);
        ADDED_ATTACHMENTS.add(new long[] {notice, position});
        return file;
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (long[] a : ADDED_ATTACHMENTS) {
            Fixtures.sql("DELETE FROM notice_attachment WHERE notice_id = ? AND position = ?", a[0], a[1]);
        }
        Path out = Path.of("target", "authorization-matrix-actual.tsv");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>(List.of("line\trequest\trole\townership\taccount\texpected\tseen\tstatus"));
        synchronized (SEEN) {
            lines.addAll(SEEN);
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static void put(String name, long value) {
        OBJECTS.put(name, String.valueOf(value));
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheMatrix() {
        return AuthorizationMatrix.rows().stream().map(r -> DynamicTest.dynamicTest(r.line() + ": " + r, () -> check(r)));
    }

    private static void check(Row r) {
        WebClient web = r.anonymous() ? new WebClient() : SESSIONS.computeIfAbsent(r.account(), Fixtures::as);
        String request = resolve(r.request());
        String mark = "-".equals(r.mark()) ? null : resolve(r.mark());
        // an operator reads a stored file only for a review, and each such read is audited (FileAccessIT)
        boolean operatorRead = "FILE".equals(r.kind()) && "operator".equals(r.role()) && request.startsWith("/files/");
        long auditedBefore = operatorRead ? audited(request) : 0;
        HttpResponse<String> answer = send(web, r.kind(), request);
        String seen = outcome(r.kind(), answer, mark);
        if (operatorRead && audited(request) != auditedBefore + ("OK".equals(seen) ? 1 : 0)) {
            seen += " (audit: " + (audited(request) - auditedBefore) + " FILE_READ_FOR_REVIEW entries)";
        }
        SEEN.add(r.line() + "\t" + request + "\t" + r.role() + "\t" + r.ownership() + "\t" + r.account() + "\t"
                + r.expected() + "\t" + seen + "\t" + answer.statusCode());
        if (!matches(r.expected(), seen)) {
            fail(r + ": saw " + seen + " (HTTP " + answer.statusCode() + " " + answer.headers().firstValue("Location")
                    .orElse("") + ") " + snippet(answer.body()));
        }
    }

    private static long audited(String filePath) {
        try {
            return Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FILE_READ_FOR_REVIEW' AND object_id = ?",
                    filePath.substring("/files/".length()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> send(WebClient web, String kind, String request) {
        if (!"REST".equals(kind)) {
            return web.get(request);
        }
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(method.length() + 1);
        return switch (method) {
            case "GET" -> web.get(path);
            case "DELETE" -> web.sendJson("DELETE", path, null);
            default -> {
                if (MULTIPART.stream().anyMatch(path::endsWith)) {
                    yield web.postMultipart(path, new Multipart().field("note", "matrix probe"));
                }
                // A direct pick names a firm (without one the call is refused before the caller is looked at).
                String body = path.endsWith("/direct-pick") ? "{\"firmId\": " + OBJECTS.get("firm06Org") + "}" : "{}";
                yield web.sendJson(method, path, body);
            }
        };
    }

    /** The outcome class of an answer (the legend's words). */
    static String outcome(String kind, HttpResponse<String> r, String mark) {
        int s = r.statusCode();
        if (s == 302 || s == 303) {
            String location = r.headers().firstValue("Location").orElse("");
            return location.contains("/login.xhtml") ? "LOGIN" : "REDIRECT " + location;
        }
        if ("REST".equals(kind)) {
            if (s / 100 == 2) {
                return "OK";
            }
            if (s == 400 || s == 409 || s == 422) {
                Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                String key = code.find() ? code.group(1) : "";
                return key.startsWith("security.error.") ? "REFUSED " + key : "ALLOWED " + s + " " + key;
            }
            return String.valueOf(s);
        }
        if (s == 200 && mark != null) {
            return r.body().contains(mark) ? "OK" : "HIDDEN";
        }
        if (s == 404 && mark != null) {
            return r.body().contains(mark) ? "404 WITH MARK" : "HIDDEN";
        }
        return s == 200 ? "OK" : String.valueOf(s);
    }

    static boolean matches(String expected, String seen) {
        return switch (expected) {
            case "ALLOWED" -> seen.equals("OK") || seen.startsWith("ALLOWED");
            default -> seen.equals(expected);
        };
    }

    private static String resolve(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = OBJECTS.get(m.group(1));
            if (value == null) {
                throw new AssertionError("unknown object {" + m.group(1) + "} in the matrix");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        return m.appendTail(b).toString();
    }

    private static String snippet(String body) {
        String text = body == null ? "" : body.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
