package org.zjcs.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Feeds, sitemaps, robots.txt and ETag matching as a crawler or feed reader sees them. */
class PortalWritersTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sitemapIsValidAndCappedAt50000() throws Exception {
        StringWriter out = new StringWriter();
        SitemapWriter w = SitemapWriter.urlset(out);
        w.add("http://x/notice.xhtml?id=1&a=b", Instant.parse("2026-10-13T02:00:00Z"));
        w.end();
        Document d = parse(out.toString());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", d.getDocumentElement().getNamespaceURI());
        assertEquals("http://x/notice.xhtml?id=1&a=b", d.getElementsByTagName("loc").item(0).getTextContent());
        assertEquals("2026-10-13", d.getElementsByTagName("lastmod").item(0).getTextContent());
        assertTrue(out.toString().contains("<loc>http://x/notice.xhtml?id=1&amp;a=b</loc>"), "escaped as XML text");

        SitemapWriter full = SitemapWriter.urlset(new StringWriter());
        for (int i = 0; i < SitemapWriter.MAX_URLS; i++) {
            full.add("http://x/" + i, null);
        }
        assertThrows(IllegalStateException.class, () -> full.add("http://x/one-too-many", null));
    }

    @Test
    void sitemapSplitsIntoFilesOfAtMost50000Ids() {
        assertTrue(SitemapServlet.fitsOneFile(new long[] {8001, 8020}, new long[] {1, 5}, 30));
        assertFalse(SitemapServlet.fitsOneFile(new long[] {1, 1_000_000}, new long[] {0, -1}, 30));
        long room = SitemapWriter.MAX_URLS - SitemapServlet.PAGES.size() - SitemapServlet.MAX_ARTICLES - 30;
        assertTrue(SitemapServlet.fitsOneFile(new long[] {1, room}, new long[] {0, -1}, 30), "the guide pages and the articles count too");
        assertFalse(SitemapServlet.fitsOneFile(new long[] {1, room}, new long[] {0, -1}, 31), "the guide pages and the articles count too");
        assertEquals(List.of(), SitemapServlet.files("results", 0, -1));
        List<String> files = SitemapServlet.files("notices", 1, 1_000_000);
        assertEquals(21, files.size());
        assertEquals("/sitemaps/notices-0.xml", files.get(0));
        assertEquals("/sitemaps/notices-20.xml", files.get(20));
    }

    @Test
    void robotsClosesTheWorkspacesAndNamesTheSitemap() {
        String robots = RobotsServlet.text("", "https://zjcs.example");
        for (String p : List.of("/account/", "/owner/", "/firm/", "/regulator/", "/operator/", "/approval/", "/api/")) {
            assertTrue(robots.contains("Disallow: " + p + "\n"), p);
        }
        assertTrue(robots.contains("Allow: /api/portal/\n"));
        assertTrue(robots.contains("Allow: /api/ocds/\n"), "the open data (OCDS) may be crawled");
        assertTrue(robots.contains("Sitemap: https://zjcs.example/sitemap.xml\n"));
        assertFalse(robots.contains("Disallow: /\n"));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsStar() {
        String tag = "\"" + EtagFilter.hash("body".getBytes(StandardCharsets.UTF_8)) + "\"";
        assertTrue(EtagFilter.matches(tag, tag));
        assertTrue(EtagFilter.matches("\"other\", W/" + tag, tag));
        assertTrue(EtagFilter.matches("*", tag));
        assertFalse(EtagFilter.matches("\"other\"", tag));
        assertFalse(EtagFilter.matches(null, tag));
        assertFalse(tag.equals("\"" + EtagFilter.hash("body2".getBytes(StandardCharsets.UTF_8)) + "\""));
    }
}
