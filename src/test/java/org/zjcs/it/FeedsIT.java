package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The feeds of the public lists (issue 18): Atom 1.0 of the notices and results, RSS and Atom of the credit 公示 and
 * the 通报, against the started server and the demo data. Each parses as XML, carries the newest item of its list,
 * answers 304 to its ETag, and a bad parameter is a 400 (never a 500); the list pages point to them in their head.
 */
class FeedsIT {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private final WebClient web = new WebClient();

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The ids of the Atom entries, in order. */
    static List<String> atomIds(Document d) {
        List<String> out = new ArrayList<>();
        NodeList es = d.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < es.getLength(); i++) {
            out.add(((Element) es.item(i)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        }
        return out;
    }

    static List<String> texts(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }

    Document atom(String path) throws Exception {
        HttpResponse<String> r = web.get(path);
        assertEquals(200, r.statusCode(), path + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), path);
        Document d = xml(r.body());
        Element feed = d.getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(feed.getElementsByTagNameNS(ATOM, required).getLength() > 0, path + " has " + required);
        }
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        boolean self = false;
        boolean alternate = false;
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            assertTrue(l.getAttribute("href").startsWith("http"), "absolute links: " + l.getAttribute("href"));
            self |= "self".equals(l.getAttribute("rel")) && l.getAttribute("href").contains(path.substring(0, path.indexOf(".atom")));
            alternate |= "alternate".equals(l.getAttribute("rel"));
        }
        assertTrue(self && alternate, path + " links to itself and to its page");
        assertTrue(atomIds(d).stream().allMatch(id -> id.startsWith("tag:zjcs.org.cn,2026:")), "tag: ids " + atomIds(d));
        return d;
    }

    @Test
    void theNoticeAndResultAtomFeedsHaveTheNewestItemAndStableIds() throws Exception {
        Document notices = atom("/feeds/notices.atom");
        long newestPublic = Fixtures.number("SELECT id FROM notice WHERE status <> 'DRAFT' AND published_at IS NOT NULL "
                + "ORDER BY published_at DESC, id DESC LIMIT 1");
        assertEquals("tag:zjcs.org.cn,2026:notice/" + newestPublic, atomIds(notices).get(0), "the newest notice first");
        assertEquals(atomIds(notices), atomIds(atom("/feeds/notices.atom")), "the same ids each time");

        Document results = atom("/feeds/results.atom");
        String newestResult = PortalIT.json(web.get("/api/portal/results?limit=1").body(), "noticeId");
        String round = PortalIT.json(web.get("/api/portal/results?limit=1").body(), "round");
        assertEquals("tag:zjcs.org.cn,2026:result/" + newestResult + "/" + round, atomIds(results).get(0));

        // a filtered feed: only that method's results, and it says so in its id
        Document draws = atom("/feeds/results.atom?method=RANDOM_DRAW");
        assertTrue(draws.getDocumentElement().getElementsByTagNameNS(ATOM, "id").item(0).getTextContent().endsWith("/method-RANDOM_DRAW"));
        String newestDraw = PortalIT.json(web.get("/api/portal/results?limit=1&method=RANDOM_DRAW").body(), "noticeId");
        assertTrue(atomIds(draws).get(0).startsWith("tag:zjcs.org.cn,2026:result/" + newestDraw + "/"));
        Document rssDraws = xml(web.get("/feeds/notices.rss?method=RANDOM_DRAW").body());
        assertEquals("rss", rssDraws.getDocumentElement().getTagName());
    }

    @Test
    void theCreditFeedsCarryTheNewestListEntryWithItsTextEscaped() throws Exception {
        long firm = Fixtures.orgOf("firm06");
        String reason = "<script>alert(1)</script> & 信用公示测试 " + System.nanoTime();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        try (var c = org.zjcs.support.It.db()) {
            Fixtures.update(c, "INSERT INTO credit_list_entry (firm_id, kind, reason, legal_basis, start_date, end_date, "
                    + "created_at, created_by) VALUES (?, 'RED', ?, '《测试依据》', ?, ?, UTC_TIMESTAMP(6), 'regulator01')",
                    firm, reason, today.plusDays(400), today.plusDays(800));
        }
        long id = Fixtures.number("SELECT MAX(id) FROM credit_list_entry");
        Document atom = atom("/feeds/credit.atom");
        assertEquals("tag:zjcs.org.cn,2026:credit-list/" + id, atomIds(atom).get(0), "the newest entry first");
        Element first = (Element) atom.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertTrue(first.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent().contains(reason),
                "the reason as text");
        assertEquals(0, atom.getElementsByTagName("script").getLength(), "no markup from the reason");
        String link = ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
        assertTrue(link.endsWith("/firm-credit.xhtml?id=" + firm), link);

        HttpResponse<String> rss = web.get("/feeds/credit.rss?list=RED");
        assertEquals(200, rss.statusCode());
        assertTrue(rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document rd = xml(rss.body());
        assertEquals("tag:zjcs.org.cn,2026:credit-list/" + id, texts(rd, "guid").get(0));
        assertTrue(texts(rd, "title").contains(Texts.zh("portal.feed.credit.itemTitle.RED",
                Fixtures.text("SELECT name FROM organisation WHERE id = ?", firm))));
        assertFalse(texts(xml(web.get("/feeds/credit.rss?list=BLACK").body()), "guid")
                .contains("tag:zjcs.org.cn,2026:credit-list/" + id), "a red entry is not in the black list's feed");
    }

    @Test
    void theBulletinFeedsCarryTheNewestPublishedBulletin() throws Exception {
        long newest = Fixtures.number("SELECT id FROM bulletin WHERE state = 'PUBLISHED' ORDER BY id DESC LIMIT 1");
        assertTrue(newest > 0, "the demo data has a published bulletin");
        String title = Fixtures.text("SELECT title FROM bulletin WHERE id = ?", newest);
        Document atom = atom("/feeds/bulletins.atom");
        assertEquals("tag:zjcs.org.cn,2026:bulletin/" + newest, atomIds(atom).get(0));
        Element first = (Element) atom.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(title, first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        Document rss = xml(web.get("/feeds/bulletins.rss").body());
        assertEquals(title, texts(rss, "title").get(1), "the first item (after the channel's title)");
        assertTrue(texts(rss, "link").stream().allMatch(l -> l.startsWith("http")));
        long withdrawn = Fixtures.number("SELECT COUNT(*) FROM bulletin WHERE state = 'WITHDRAWN'");
        if (withdrawn > 0) {
            long w = Fixtures.number("SELECT id FROM bulletin WHERE state = 'WITHDRAWN' LIMIT 1");
            assertFalse(atomIds(atom).contains("tag:zjcs.org.cn,2026:bulletin/" + w), "a withdrawn one is not in the feed");
        }
    }

    @Test
    void everyFeedAndPublicApiAnswers304ToItsEtag() {
        for (String path : List.of("/feeds/notices.atom", "/feeds/results.atom", "/feeds/credit.rss", "/feeds/credit.atom",
                "/feeds/bulletins.rss", "/feeds/bulletins.atom", "/api/bulletins", "/api/credit/rules",
                "/api/search?q=" + java.net.URLEncoder.encode("水土保持", StandardCharsets.UTF_8))) {
            web.assertRevalidatesByEtag(path);
        }
    }

    @Test
    void badParametersAre400AndUnknownFeeds404() {
        for (String path : List.of("/feeds/notices.atom?item=abc", "/feeds/notices.rss?province=999999",
                "/feeds/results.atom?method=NONE", "/feeds/results.rss?item=99999999", "/feeds/credit.atom?list=GREEN",
                "/feeds/credit.rss?list=%3Cscript%3E")) {
            HttpResponse<String> r = web.get(path);
            assertEquals(400, r.statusCode(), path + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                    path + ": the message is plain text, a bad value in it is never markup");
        }
        assertEquals(Texts.zh("portal.feed.error.list"), web.get("/feeds/credit.atom?list=GREEN").body());
        for (Map.Entry<String, String> e : Map.of(
                "/feeds/credit.rss?list=%3Cscript%3Ealert(1)%3C/script%3E", "portal.feed.error.list",
                "/feeds/notices.rss?item=%3Cb%3E99%3C/b%3E", "portal.feed.error.item",
                "/feeds/results.atom?province=%22%3E%3Cimg%20src=x%3E", "portal.feed.error.province",
                "/feeds/notices.atom?method=JAVASCRIPT:ALERT", "portal.feed.error.method").entrySet()) {
            String body = web.get(e.getKey()).body();
            assertEquals(Texts.zh(e.getValue()), body, e.getKey() + ": the message says what is wrong");
            for (String sent : List.of("<", ">", "script", "img", "JAVASCRIPT", "99")) {
                assertFalse(body.contains(sent), e.getKey() + ": the value sent is not echoed (" + sent + ")");
            }
        }
        HttpResponse<String> en = web.sendAs("GET", "/feeds/credit.rss?list=GREEN", null, null, Map.of("Cookie", "zjcs_lang=en"));
        assertEquals(400, en.statusCode());
        assertEquals(Texts.en("portal.feed.error.list"), en.body(), "in the reader's language");
        for (String path : List.of("/feeds/other.atom", "/feeds/notices.xml", "/feeds/credit")) {
            assertEquals(404, web.get(path).statusCode(), path);
        }
    }

    @Test
    void theListPagesAnnounceTheirFeeds() {
        for (Map.Entry<String, List<String>> e : Map.of(
                "/notices.xhtml", List.of("/feeds/notices.rss", "/feeds/notices.atom"),
                "/results.xhtml", List.of("/feeds/results.rss", "/feeds/results.atom"),
                "/credit.xhtml", List.of("/feeds/credit.rss", "/feeds/credit.atom"),
                "/bulletins.xhtml", List.of("/feeds/bulletins.rss", "/feeds/bulletins.atom")).entrySet()) {
            String page = web.get(e.getKey()).body();
            String head = page.substring(0, page.indexOf("</head>"));
            for (String feed : e.getValue()) {
                String type = feed.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml";
                assertTrue(head.contains("rel=\"alternate\" type=\"" + type + "\"") && head.contains(feed + "\""),
                        e.getKey() + " announces " + feed);
            }
        }
    }
}
