package org.zjcs.portal.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.zjcs.shared.web.FeedWriter;

/**
 * Writes a sitemap (sitemaps.org 0.9): a {@code urlset} of at most {@link #MAX_URLS} URLs, or a {@code sitemapindex}
 * naming further sitemap files. Refuses a URL beyond the cap, so that no file the crawlers would reject is written.
 */
final class SitemapWriter {

    /** The protocol's limit of URLs per sitemap file. */
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Writer out;
    private final boolean index;
    private int count;

    private SitemapWriter(Writer out, boolean index) {
        this.out = out;
        this.index = index;
    }

    static SitemapWriter urlset(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
        return new SitemapWriter(out, false);
    }

    static SitemapWriter index(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
        return new SitemapWriter(out, true);
    }

    static String date(Instant t) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(t.atZone(ZoneOffset.UTC));
    }

    /** One URL (or, in an index, one sitemap file); {@code modified} may be null. */
    void add(String loc, Instant modified) throws IOException {
        if (count >= MAX_URLS) {
            throw new IllegalStateException("more than " + MAX_URLS + " URLs in one sitemap file");
        }
        count++;
        String tag = index ? "sitemap" : "url";
        out.write("<" + tag + "><loc>" + FeedWriter.escape(loc) + "</loc>");
        if (modified != null) {
            out.write("<lastmod>" + date(modified) + "</lastmod>");
        }
        out.write("</" + tag + ">\n");
    }

    int count() {
        return count;
    }

    void end() throws IOException {
        out.write(index ? "</sitemapindex>\n" : "</urlset>\n");
        out.flush();
    }
}
