package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom and RSS writer: well-formed XML a parser reads back, hostile text kept as text, stable tag: ids. */
class FeedWriterTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String HOSTILE = "</title><script>alert('x')</script>&amp; \"引号\" ]]> \u0001\u0008\uFFFE \uD800 环评 😀";

    static FeedWriter.Head head(Instant updated) {
        return new FeedWriter.Head(FeedWriter.tag("feed", "notices"), "采购公告 <测试> & 'feed'", "http://localhost:9080/notices.xhtml",
                "http://localhost:9080/feeds/notices.atom?item=3&province=610000", "最新 50 条", "zh-CN", "中介服务网上超市",
                updated);
    }

    static List<FeedWriter.Entry> entries() {
        return List.of(
                new FeedWriter.Entry(FeedWriter.tag("notice", 42), HOSTILE, "http://localhost:9080/notice.xhtml?id=42&x=<1>",
                        "业主：" + HOSTILE, Instant.parse("2026-12-06T08:30:15.123456Z")),
                new FeedWriter.Entry(FeedWriter.tag("result", 41, 2), "第二条", "http://localhost:9080/notice.xhtml?id=41",
                        "摘要", Instant.parse("2026-12-05T01:00:00Z")));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(Element e, String ns, String name) {
        NodeList l = ns == null ? e.getElementsByTagName(name) : e.getElementsByTagNameNS(ns, name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    @Test
    void atomIsWellFormedWithTheRequiredElementsAndHostileTitlesStayText() throws Exception {
        StringWriter out = new StringWriter();
        FeedWriter.atom(out, head(Instant.parse("2026-12-06T08:30:15.9Z")), entries());
        Document d = parse(out.toString());
        Element feed = d.getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("tag:zjcs.org.cn,2026:feed/notices", text(feed, ATOM, "id"));
        assertEquals("采购公告 <测试> & 'feed'", text(feed, ATOM, "title"));
        assertEquals("2026-12-06T08:30:15Z", text(feed, ATOM, "updated"));
        assertEquals("中介服务网上超市", text(feed, ATOM, "name"));
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        assertEquals("alternate", ((Element) links.item(0)).getAttribute("rel"));
        assertEquals("self", ((Element) links.item(1)).getAttribute("rel"));
        assertEquals("http://localhost:9080/feeds/notices.atom?item=3&province=610000", ((Element) links.item(1)).getAttribute("href"));
        NodeList es = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, es.getLength());
        Element first = (Element) es.item(0);
        assertEquals("tag:zjcs.org.cn,2026:notice/42", text(first, ATOM, "id"));
        // the hostile title is the same text (less the characters XML cannot carry), no element came out of it
        String expected = "</title><script>alert('x')</script>&amp; \"引号\" ]]>   环评 😀";
        assertEquals(expected, text(first, ATOM, "title"));
        assertEquals(0, d.getElementsByTagName("script").getLength());
        assertEquals("http://localhost:9080/notice.xhtml?id=42&x=<1>", ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        assertEquals("2026-12-06T08:30:15Z", text(first, ATOM, "published"));
        assertEquals("2026-12-06T08:30:15Z", text(first, ATOM, "updated"));
        assertEquals("tag:zjcs.org.cn,2026:result/41/2", text((Element) es.item(1), ATOM, "id"));
    }

    @Test
    void theSameRecordsGiveTheSameIdsAndTheSameBytes() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        FeedWriter.atom(a, head(Instant.parse("2026-12-06T08:30:15Z")), entries());
        FeedWriter.atom(b, head(Instant.parse("2026-12-06T08:30:15Z")), entries());
        assertEquals(a.toString(), b.toString(), "an unchanged list gives an unchanged feed (and ETag)");
        assertEquals("tag:zjcs.org.cn,2026:credit-list/7", FeedWriter.tag("credit-list", 7L));
        assertEquals(FeedWriter.tag("bulletin", 3), FeedWriter.tag("bulletin", 3L));
    }

    @Test
    void anEmptyListIsAValidFeedWithAFixedUpdatedTime() throws Exception {
        StringWriter out = new StringWriter();
        FeedWriter.atom(out, head(null), List.of());
        Document d = parse(out.toString());
        assertEquals("1970-01-01T00:00:00Z", text(d.getDocumentElement(), ATOM, "updated"));
        assertEquals(0, d.getElementsByTagNameNS(ATOM, "entry").getLength());
    }

    @Test
    void rssIsWellFormedWithGuidsThatAreTheTagIds() throws Exception {
        StringWriter out = new StringWriter();
        FeedWriter.rss(out, head(Instant.parse("2026-12-06T08:30:15Z")), entries());
        Document d = parse(out.toString());
        assertEquals("rss", d.getDocumentElement().getTagName());
        NodeList items = d.getElementsByTagName("item");
        assertEquals(2, items.getLength());
        Element first = (Element) items.item(0);
        assertEquals("tag:zjcs.org.cn,2026:notice/42", text(first, null, "guid"));
        assertEquals("false", ((Element) first.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"));
        assertTrue(text(first, null, "title").startsWith("</title><script>"));
        assertEquals("Sun, 6 Dec 2026 08:30:15 GMT", text(first, null, "pubDate"));
        assertFalse(out.toString().contains("<script>"), "markup in a title is escaped, never written as markup");
    }

    @Test
    void theNoticeAndResultRssKeepTheNoticePageAsTheirPermalinkGuid() throws Exception {
        StringWriter out = new StringWriter();
        FeedWriter.Head h = new FeedWriter.Head(FeedWriter.tag("feed", "results"), "中选公告", "http://x/results.xhtml",
                "http://x/feeds/results.rss", "最新 50 条", "zh-CN", "中介服务网上超市", Instant.parse("2026-10-20T09:00:03Z"));
        FeedWriter.rss(out, h, List.of(new FeedWriter.Entry(FeedWriter.tag("result", 8012, 1), "A & B <水土保持>\u0001",
                "http://x/notice.xhtml?id=8012", "owner", Instant.parse("2026-10-20T09:00:03Z"))), FeedWriter.RssGuid.LINK);
        // byte for byte what the notice and result RSS have always been (feed readers compare guids and dates)
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                <channel>
                <title>中选公告</title>
                <link>http://x/results.xhtml</link>
                <atom:link href="http://x/feeds/results.rss" rel="self" type="application/rss+xml"/>
                <description>最新 50 条</description>
                <language>zh-CN</language>
                <lastBuildDate>Tue, 20 Oct 2026 09:00:03 GMT</lastBuildDate>
                <item>
                <title>A &amp; B &lt;水土保持&gt;</title>
                <link>http://x/notice.xhtml?id=8012</link>
                <guid isPermaLink="true">http://x/notice.xhtml?id=8012</guid>
                <description>owner</description>
                <pubDate>Tue, 20 Oct 2026 09:00:03 GMT</pubDate>
                </item>
                </channel>
                </rss>
                """, out.toString());
    }

    @Test
    void escapeDropsWhatXmlCannotCarryAndKeepsPairsOfSurrogates() {
        assertEquals("a😀b", FeedWriter.escape("a\uD800😀\uDC00b"));
        assertEquals("&lt;&gt;&amp;&quot;&apos;", FeedWriter.escape("<>&\"'"));
        assertEquals("\t\n\r", FeedWriter.escape("\t\n\r\u0000\u001F"));
        assertEquals("", FeedWriter.escape(null));
    }
}
