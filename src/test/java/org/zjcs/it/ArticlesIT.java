package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.sql;
import static org.zjcs.support.Fixtures.text;
import static org.zjcs.support.Texts.zh;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * The portal's articles (docs/domain-rules.md, "Articles"): an operator writes one on operator/articles.xhtml (the
 * hostile parts of its HTML removed by the server), attaches files (refused by content, size), publishes it (public
 * page, list, 通知公告, feed, sitemap; a draft's attachment is never served), withdraws it (404); a stale version is
 * refused; the public lists page by keyset, 通知公告 over the articles and the regulators' 通报 together.
 */
class ArticlesIT {

    static final String PAGE = "/operator/articles.xhtml";
    static final String HOSTILE = "<p>维护期间暂停服务。<script>alert('x')</script></p>"
            + "<p><a href=\"javascript:alert(1)\">点我</a> <a href=\"https://www.xa.gov.cn/\" onclick=\"alert(2)\">西安市政府</a></p>"
            + "<img src=\"https://evil.example/t.png\" onerror=\"alert(3)\"><svg><script>alert(4)</script></svg>";

    static Map<String, String> form(String category, String title, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category_input", category);
        f.put("title", title);
        f.put("summary", "");
        f.put("source", "西安市政务服务中心");
        f.put("docNumber", "");
        f.put("publicationDate", "");
        f.put("body_input", body);
        f.put("save", zh("article.admin.save"));
        return f;
    }

    /** Creates a draft through the page's dialog form; its id. */
    static long create(WebClient operator, String category, String title, String body) throws Exception {
        HttpResponse<String> r = operator.postForm(PAGE + "?new=true", "article", form(category, title, body));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(zh("article.admin.created")), "saved: " + r.body());
        return number("SELECT id FROM article WHERE title = ?", title);
    }

    static HttpResponse<String> act(WebClient operator, long id, String button, long version) {
        return operator.postForm(PAGE + "?id=" + id, "actions", Map.of("version", String.valueOf(version), button,
                zh("article.admin." + button)));
    }

    static long version(long id) throws Exception {
        return number("SELECT version FROM article WHERE id = ?", id);
    }

    static long audits(String action, long id) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?", action, String.valueOf(id));
    }

    static long changes(long id) throws Exception {
        return number("SELECT COUNT(*) FROM change_log WHERE entity = 'ARTICLE' AND entity_id = ?", id);
    }

    @Test
    void anOperatorWritesPublishesAndWithdrawsAnArticleAndTheHostileHtmlNeverReachesThePublic() throws Exception {
        WebClient operator = as("operator01");
        WebClient visitor = new WebClient();
        String title = "关于平台升级维护的通知 " + System.nanoTime();
        long id = create(operator, "NOTICE", title, HOSTILE);
        assertEquals("DRAFT", text("SELECT state FROM article WHERE id = ?", id));
        String stored = text("SELECT body FROM article WHERE id = ?", id);
        for (String bad : List.of("<script", "javascript:", "onclick", "onerror", "<svg", "evil.example")) {
            assertFalse(stored.toLowerCase().contains(bad), bad + " stored: " + stored);
        }
        assertTrue(stored.contains("<a href=\"https://www.xa.gov.cn/\" rel=\"nofollow noopener\">西安市政府</a>"), stored);
        assertEquals(1, audits("ARTICLE_CREATED", id));
        assertEquals(0, changes(id), "a draft is nothing the search index holds");

        // a draft is not public: its page answers 404 to everyone but the operator's preview
        assertEquals(404, visitor.get("/article.xhtml?id=" + id).statusCode());
        assertEquals(404, as("firm01").get("/article.xhtml?id=" + id).statusCode());
        assertTrue(operator.get(PAGE + "?id=" + id).body().contains(title), "the operator previews it");

        // an attachment, checked like every upload: a real PDF is kept, an executable named .pdf and an oversize file are not
        HttpResponse<String> up = operator.postMultipart(PAGE + "?id=" + id, "upload", Map.of("attach", zh("article.admin.attach")),
                Map.of("attachment", TestFiles.pdf("维护安排.pdf")));
        assertTrue(up.body().contains(zh("article.admin.attached")), up.body());
        long file = number("SELECT stored_file_id FROM article_attachment WHERE article_id = ?", id);
        assertEquals("ARTICLE_ATTACHMENT", text("SELECT purpose FROM stored_file WHERE id = ?", file));
        HttpResponse<String> exe = operator.postMultipart(PAGE + "?id=" + id, "upload", Map.of("attach", zh("article.admin.attach")),
                Map.of("attachment", TestFiles.executableNamedPdf()));
        assertTrue(exe.body().contains(zh("upload.error.type")), "refused by its content: " + exe.body());
        Path html = Files.write(Files.createTempDirectory("zjcs-upload").resolve("通知.png"),
                "<html><script>alert(1)</script></html>".getBytes());
        assertTrue(operator.postMultipart(PAGE + "?id=" + id, "upload", Map.of("attach", zh("article.admin.attach")),
                Map.of("attachment", html)).body().contains(zh("upload.error.type")), "HTML named .png");
        int max = (int) number("SELECT value FROM setting WHERE setting_key = 'upload.max-bytes'");
        Path big = Files.write(Files.createTempDirectory("zjcs-upload").resolve("大文件.pdf"), TestFiles.pdfBytes(max + 1));
        HttpResponse<String> tooBig = operator.postMultipart(PAGE + "?id=" + id, "upload",
                Map.of("attach", zh("article.admin.attach")), Map.of("attachment", big));
        assertEquals(413, tooBig.statusCode(), "refused by its size");
        Path named = Files.write(Files.createTempDirectory("zjcs-upload").resolve("..附件\u202Efdp.exe.pdf"), TestFiles.pdfBytes());
        operator.postMultipart(PAGE + "?id=" + id, "upload", Map.of("attach", zh("article.admin.attach")), Map.of("attachment", named));
        assertEquals(2, number("SELECT COUNT(*) FROM article_attachment WHERE article_id = ?", id), "only the two PDFs");
        String shown = text("SELECT display_name FROM article_attachment WHERE article_id = ? AND position = 1", id);
        assertFalse(shown.contains("\u202E") || shown.startsWith("."), "the name cleaned like every upload's: " + shown);

        // a draft's attachment is not served to the public, only to operators
        assertEquals(404, visitor.getBytes("/article-files/" + id + "/" + file).statusCode());
        assertEquals(404, as("regulator01").getBytes("/article-files/" + id + "/" + file).statusCode());
        assertEquals(200, operator.getBytes("/article-files/" + id + "/" + file).statusCode());

        // publishing with a version someone else changed since is refused; with the current one it is published
        long v = version(id);
        assertTrue(act(operator, id, "publish", v - 1).body().contains(zh("article.error.conflict")));
        assertEquals("DRAFT", text("SELECT state FROM article WHERE id = ?", id));
        HttpResponse<String> published = act(operator, id, "publish", v);
        assertTrue(published.body().contains(zh("article.admin.published")), published.body());
        assertEquals("PUBLISHED", text("SELECT state FROM article WHERE id = ?", id));
        assertEquals(1, audits("ARTICLE_PUBLISHED", id));
        assertEquals(1, changes(id), "the change log tells the search index");
        // published once: the page offers no publish button any more, and a forged one changes nothing
        assertFalse(operator.get(PAGE + "?id=" + id).body().contains("actions:publish"));
        act(operator, id, "publish", version(id));
        assertEquals(1, audits("ARTICLE_PUBLISHED", id), "published once");

        // the public reads it without the hostile parts, in 通知公告, the feed and the sitemap; its attachment is served
        Fixtures.await("the public page", 10, () -> visitor.get("/article.xhtml?id=" + id).statusCode() == 200);
        String page = visitor.get("/article.xhtml?id=" + id).body();
        assertTrue(page.contains("<title>" + title), "its title is the page's");
        assertTrue(page.contains("维护期间暂停服务。") && page.contains("rel=\"nofollow noopener\""), page);
        for (String bad : List.of("alert(", "javascript:", "evil.example", "<svg")) {
            assertFalse(page.contains(bad), bad + " on the public page");
        }
        assertEquals(200, visitor.getBytes("/article-files/" + id + "/" + file).statusCode());
        assertEquals(404, visitor.getBytes("/article-files/26002/" + file).statusCode(), "not through another article");
        Fixtures.await("通知公告 lists it", 10, () -> visitor.get("/announcements.xhtml").body().contains(title));
        assertTrue(visitor.get("/feeds/articles.rss").body().contains(title));
        assertTrue(visitor.get("/sitemaps/pages.xml").body().contains("/article.xhtml?id=" + id), "in the sitemap's pages");

        // a correction of the published article (编辑 opens the dialog with its text) is audited and logged for the index
        HttpResponse<String> opened = operator.postForm(PAGE + "?id=" + id, "actions",
                Map.of("version", String.valueOf(version(id)), "edit", zh("article.admin.edit")));
        assertTrue(opened.body().contains("维护期间暂停服务"), "the dialog holds the stored text");
        HttpResponse<String> saved = operator.postForm(PAGE + "?id=" + id, "article", WebClient.viewStateIn(opened.body()),
                form("NOTICE", title, "<p>维护时间调整为周日。</p>"));
        assertTrue(saved.body().contains(zh("article.admin.saved")), saved.body());
        assertEquals(1, audits("ARTICLE_UPDATED", id));
        assertEquals(2, changes(id), "a change the public sees");
        Fixtures.await("the public page shows the correction", 10,
                () -> visitor.get("/article.xhtml?id=" + id).body().contains("维护时间调整为周日"));

        // withdrawn: 404 for its page and its attachment, gone from the lists; it cannot be published again
        HttpResponse<String> withdrawn = act(operator, id, "withdraw", version(id));
        assertTrue(withdrawn.body().contains(zh("article.admin.withdrawn")), withdrawn.body());
        assertEquals(1, audits("ARTICLE_WITHDRAWN", id));
        assertEquals(3, changes(id));
        Fixtures.await("a withdrawn article answers 404", 10, () -> visitor.get("/article.xhtml?id=" + id).statusCode() == 404);
        assertEquals(404, visitor.getBytes("/article-files/" + id + "/" + file).statusCode());
        Fixtures.await("通知公告 drops it", 10, () -> !visitor.get("/announcements.xhtml").body().contains(title));
        String withdrawnPage = operator.get(PAGE + "?id=" + id).body();
        assertFalse(withdrawnPage.contains("actions:publish") || withdrawnPage.contains("actions:withdraw")
                || withdrawnPage.contains("actions:edit") || withdrawnPage.contains("upload:attach"), "nothing more to do");
        act(operator, id, "publish", version(id));
        assertEquals("WITHDRAWN", text("SELECT state FROM article WHERE id = ?", id), "never published again");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        WebClient operator = as("operator01");
        long before = number("SELECT COUNT(*) FROM article");
        HttpResponse<String> r = operator.postForm(PAGE + "?new=true", "article", form("POLICY", "   ", "<p>正文</p>"));
        assertTrue(r.body().contains(zh("article.error.titleRequired")), r.body());
        // (a title over 200 characters is cut by the input's maxlength before the service sees it: ArticleTest)
        r = operator.postForm(PAGE + "?new=true", "article", form("POLICY", "只有脚本", "<script>alert(1)</script><p><br></p>"));
        assertTrue(r.body().contains(zh("article.error.bodyRequired")), "nothing safe left: " + r.body());
        Map<String, String> badDate = form("POLICY", "日期", "<p>正文</p>");
        badDate.put("publicationDate", "2026/13/45");
        assertTrue(operator.postForm(PAGE + "?new=true", "article", badDate).body().contains(zh("article.error.date")));
        assertEquals(before, number("SELECT COUNT(*) FROM article"), "nothing stored");
        // other roles never reach the page
        assertEquals(403, as("firm01").get(PAGE).statusCode());
        assertEquals(403, as("regulator01").get(PAGE).statusCode());
    }

    static final Pattern ROW = Pattern.compile("data-id=\"(\\d+)\"");
    static final Pattern ANNOUNCEMENT = Pattern.compile("data-kind=\"(ARTICLE|BULLETIN)\" data-id=\"(\\d+)\"");
    static final Pattern NEXT = Pattern.compile("id=\"page-next\"[^>]*href=\"[^\"?]*\\?([^\"]+)\"");
    static final Pattern PREVIOUS = Pattern.compile("id=\"page-previous\"[^>]*href=\"[^\"?]*\\?([^\"]+)\"");

    static String unescape(String s) {
        return s.replace("&amp;", "&");
    }

    @Test
    void aCategoryListPagesNewestFirstByKeyset() throws Exception {
        // 25 published guides, the newest on the platform (two share a publication time: the id orders them)
        LocalDateTime base = LocalDateTime.of(2031, 1, 1, 0, 0);
        List<Long> ids = new ArrayList<>();
        String tag = "分页指南" + System.nanoTime();
        try {
            pagesOfGuides(base, ids, tag);
        } finally { // rows from the future would push the other tests' articles out of the feed
            sql("DELETE FROM article WHERE title LIKE ?", tag + "%");
        }
    }

    private static void pagesOfGuides(LocalDateTime base, List<Long> ids, String tag) throws Exception {
        for (int i = 0; i < 25; i++) {
            LocalDateTime at = base.plusMinutes(i == 24 ? 23 : i);
            sql("INSERT INTO article (category, title, body, state, created_at, created_by, updated_at, updated_by,"
                    + " published_at, published_by, publication_date, version) VALUES ('GUIDE', ?, '<p>x</p>', 'PUBLISHED',"
                    + " ?, 'it', ?, 'it', ?, 'it', '2031-01-01', 0)", tag + " " + i, at, at, at);
            ids.add(number("SELECT id FROM article WHERE title = ?", tag + " " + i));
        }
        List<Long> expected = new ArrayList<>(ids);
        expected.sort(Comparator.comparing((Long id) -> ids.indexOf(id) == 24 ? 23 : ids.indexOf(id)).thenComparing(id -> id));
        java.util.Collections.reverse(expected);
        WebClient visitor = new WebClient();
        String first = visitor.get("/articles.xhtml?category=GUIDE").body();
        List<Long> page1 = found(ROW, first);
        assertEquals(expected.subList(0, 20), page1.subList(0, 20), "the 20 newest, newest first");
        Matcher next = NEXT.matcher(first);
        assertTrue(next.find(), "a next page");
        String second = visitor.get("/articles.xhtml?" + unescape(next.group(1))).body();
        List<Long> page2 = found(ROW, second);
        assertEquals(expected.subList(20, 25), page2.subList(0, 5), "then the rest, none twice, none left out");
        Matcher previous = PREVIOUS.matcher(second);
        assertTrue(previous.find());
        assertEquals(page1, found(ROW, visitor.get("/articles.xhtml?" + unescape(previous.group(1))).body()), "back again");
        assertEquals(200, visitor.get("/articles.xhtml?category=GUIDE&after=not-a-cursor").statusCode(), "a bad cursor: page 1");
        assertEquals(200, visitor.get("/articles.xhtml?category=%3Cscript%3E").statusCode(), "an unknown category: 政策法规");
    }

    @Test
    void announcementsPageOverNoticesAndBulletinsTogether() throws Exception {
        long regulator = Fixtures.orgOf("regulator01");
        LocalDateTime base = LocalDateTime.of(2032, 1, 1, 0, 0);
        String tag = "合并" + System.nanoTime();
        try {
            pagesOfAnnouncements(regulator, base, tag);
        } finally {
            sql("DELETE FROM article WHERE title LIKE ?", tag + "%");
            sql("DELETE FROM bulletin WHERE title LIKE ?", tag + "%");
        }
    }

    private static void pagesOfAnnouncements(long regulator, LocalDateTime base, String tag) throws Exception {
        List<String> expected = new ArrayList<>(); // kind:id, newest first
        List<Object[]> all = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            LocalDateTime at = base.plusMinutes(i / 2 * 2); // pairs share a time: an article and a bulletin tie
            sql("INSERT INTO article (category, title, body, state, created_at, created_by, updated_at, updated_by,"
                    + " published_at, published_by, version) VALUES ('NOTICE', ?, '<p>x</p>', 'PUBLISHED', ?, 'it', ?, 'it', ?, 'it', 0)",
                    tag + " 通知 " + i, at, at, at);
            all.add(new Object[] {at, "ARTICLE", number("SELECT id FROM article WHERE title = ?", tag + " 通知 " + i)});
            sql("INSERT INTO bulletin (regulator_org_id, period_month, title, body, state, created_at, created_by, updated_at,"
                    + " published_at, published_by, version) VALUES (?, '2031-12', ?, '正文', 'PUBLISHED', ?, 'it', ?, ?, 'it', 1)",
                    regulator, tag + " 通报 " + i, at, at, at);
            all.add(new Object[] {at, "BULLETIN", number("SELECT id FROM bulletin WHERE title = ?", tag + " 通报 " + i)});
        }
        all.sort(Comparator.comparing((Object[] o) -> (LocalDateTime) o[0]).thenComparing(o -> (String) o[1])
                .thenComparing(o -> (Long) o[2]).reversed());
        all.forEach(o -> expected.add(o[1] + ":" + o[2]));
        WebClient visitor = new WebClient();
        List<String> seen = new ArrayList<>();
        String query = "";
        for (int page = 0; page < 3; page++) {
            String body = visitor.get("/announcements.xhtml" + query).body();
            Matcher m = ANNOUNCEMENT.matcher(body);
            while (m.find()) {
                seen.add(m.group(1) + ":" + m.group(2));
            }
            Matcher next = NEXT.matcher(body);
            if (!next.find()) {
                break;
            }
            query = "?" + unescape(next.group(1));
        }
        assertEquals(expected, seen.subList(0, expected.size()), "28 entries over two pages, newest first, ties by kind and id");
        assertTrue(visitor.get("/announcements.xhtml").body().contains(tag + " 通报 13"), "a 通报 on the first page");
    }

    static List<Long> found(Pattern p, String body) {
        List<Long> out = new ArrayList<>();
        Matcher m = p.matcher(body);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }
}
