package org.zjcs.portal.web;

import org.zjcs.shared.web.FeedWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.portal.application.PublicArticles;
import org.zjcs.portal.application.PublicResults;
import org.zjcs.portal.application.PublicResults.UrlRow;

/**
 * The sitemap: the public section pages, the service guide of every catalogue item in force
 * ({@code service.xhtml?code=}, from the catalogue cache: tens of items), the published articles
 * ({@code article.xhtml?id=}), every public notice ({@code notice.xhtml?id=}) and every public selection
 * result's verification page ({@code verify.xhtml?notice=&round=}). Streamed: rows are read by keyset on the primary
 * key in batches of {@value #BATCH} and written as they come. {@code /sitemap.xml} is one {@code urlset} while the id
 * ranges of notices and results can hold no more than {@value SitemapWriter#MAX_URLS} URLs together (an upper bound
 * from MIN/MAX of the primary keys, never a COUNT); beyond that it is a sitemap index naming {@code /sitemaps/pages.xml}
 * and one file per {@value #SPAN} ids of each kind ({@code /sitemaps/notices-K.xml} for ids K·SPAN … K·SPAN+SPAN−1,
 * likewise {@code results-K.xml}), which can never exceed the cap.
 */
@WebServlet({"/sitemap.xml", "/sitemaps/*"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int BATCH = 1000;
    static final long SPAN = SitemapWriter.MAX_URLS;
    /** The public section pages. */
    static final List<String> PAGES = List.of("/index.xhtml", "/notices.xhtml", "/results.xhtml", "/catalog.xhtml",
            "/firms.xhtml", "/credit.xhtml", "/credit-rules.xhtml", "/bulletins.xhtml", "/articles.xhtml?category=POLICY",
            "/articles.xhtml?category=GUIDE", "/announcements.xhtml");
    private static final Pattern FILE = Pattern.compile("/(notices|results)-([0-9]{1,9})\\.xml");

    @Inject
    PublicResults results;

    @Inject
    CatalogService catalog;

    @Inject
    PublicArticles articles;

    /** At most this many published articles are listed (with the section pages): hand-written, thousands at most. */
    static final int MAX_ARTICLES = 10_000;

    /** The sitemap file names of a span of ids ({@code min}..{@code max}; none when max &lt; min). */
    static List<String> files(String kind, long min, long max) {
        if (max < min) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        for (long k = min / SPAN; k <= max / SPAN; k++) {
            names.add("/sitemaps/" + kind + "-" + k + ".xml");
        }
        return names;
    }

    /** Whether one urlset can hold the pages and every id of both spans. */
    static boolean fitsOneFile(long[] notices, long[] results, int guides) {
        long n = Math.max(0, notices[1] - notices[0] + 1) + Math.max(0, results[1] - results[0] + 1);
        return n + PAGES.size() + guides + MAX_ARTICLES <= SitemapWriter.MAX_URLS;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String site = FeedWriter.site(req);
        String path = req.getPathInfo();
        if ("/sitemap.xml".equals(req.getServletPath())) {
            long[] n = results.idSpan("notice");
            long[] r = results.idSpan("selection_result");
            Writer out = open(res);
            if (fitsOneFile(n, r, catalog.cachedItemsInForce().size())) {
                SitemapWriter w = SitemapWriter.urlset(out);
                pages(w, site);
                notices(w, site, -1, Long.MAX_VALUE);
                results(w, site, -1, Long.MAX_VALUE);
                w.end();
            } else {
                SitemapWriter w = SitemapWriter.index(out);
                w.add(site + "/sitemaps/pages.xml", null);
                for (String f : files("notices", n[0], n[1])) {
                    w.add(site + f, null);
                }
                for (String f : files("results", r[0], r[1])) {
                    w.add(site + f, null);
                }
                w.end();
            }
            return;
        }
        if ("/pages.xml".equals(path)) {
            SitemapWriter w = SitemapWriter.urlset(open(res));
            pages(w, site);
            w.end();
            return;
        }
        Matcher m = path == null ? null : FILE.matcher(path);
        if (m == null || !m.matches()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long k = Long.parseLong(m.group(2));
        SitemapWriter w = SitemapWriter.urlset(open(res));
        if ("notices".equals(m.group(1))) {
            notices(w, site, k * SPAN - 1, (k + 1) * SPAN);
        } else {
            results(w, site, k * SPAN - 1, (k + 1) * SPAN);
        }
        w.end();
    }

    private static Writer open(HttpServletResponse res) throws IOException {
        res.setContentType("application/xml;charset=UTF-8");
        return new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** The section pages, the service guides and the published articles ({@code article.xhtml?id=}, by id, at most {@value #MAX_ARTICLES}). */
    private void pages(SitemapWriter w, String site) throws IOException {
        for (String p : PAGES) {
            w.add(site + p, null);
        }
        for (ServiceItem item : catalog.cachedItemsInForce()) {
            w.add(site + "/service.xhtml?code=" + java.net.URLEncoder.encode(item.getCode(), StandardCharsets.UTF_8), null);
        }
        long last = 0;
        int written = 0;
        List<Object[]> batch;
        do {
            batch = articles.urls(last, Math.min(BATCH, MAX_ARTICLES - written));
            for (Object[] a : batch) {
                w.add(site + "/article.xhtml?id=" + a[0], (java.time.Instant) a[1]);
                last = (Long) a[0];
                written++;
            }
        } while (batch.size() == BATCH && written < MAX_ARTICLES);
    }

    private void notices(SitemapWriter w, String site, long afterId, long toId) throws IOException {
        long last = afterId;
        List<UrlRow> batch;
        do {
            batch = results.noticeUrls(last, toId, BATCH);
            for (UrlRow u : batch) {
                w.add(site + "/notice.xhtml?id=" + u.noticeId(), u.modified());
                last = u.id();
            }
        } while (batch.size() == BATCH);
    }

    private void results(SitemapWriter w, String site, long afterId, long toId) throws IOException {
        long last = afterId;
        List<UrlRow> batch;
        do {
            batch = results.resultUrls(last, toId, BATCH);
            for (UrlRow u : batch) {
                w.add(site + "/verify.xhtml?notice=" + u.noticeId() + "&round=" + u.round(), u.modified());
                last = u.id();
            }
        } while (batch.size() == BATCH);
    }
}
