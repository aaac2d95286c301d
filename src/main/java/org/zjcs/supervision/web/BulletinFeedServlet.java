package org.zjcs.supervision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.FeedWriter;
import org.zjcs.supervision.application.BulletinQueries;
import org.zjcs.supervision.domain.Bulletin;

/**
 * The feed of the published 通报 (the first page of {@code /bulletins.xhtml}, newest first), as RSS 2.0
 * ({@code /feeds/bulletins.rss}) and Atom 1.0 ({@code /feeds/bulletins.atom}); a withdrawn one leaves the feed as it
 * leaves the list. Exact mappings, so they take precedence over the portal's {@code /feeds/*}.
 */
@WebServlet({"/feeds/bulletins.rss", "/feeds/bulletins.atom"})
public class BulletinFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** How much of a 通报's text an entry's summary carries. */
    static final int SUMMARY_CHARS = 280;

    @Inject
    BulletinQueries bulletins;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean atom = req.getServletPath().endsWith(".atom");
        Locale locale = localeBean.getLocale();
        String site = FeedWriter.site(req);
        List<Bulletin> rows = bulletins.published(null, null).rows();
        List<FeedWriter.Entry> entries = new ArrayList<>();
        for (Bulletin b : rows) {
            String text = Messages.text(locale, "rank.feed.item", bulletins.issuer(b), b.getMonth()) + " "
                    + shorten(b.getBody());
            entries.add(new FeedWriter.Entry(FeedWriter.tag("bulletin", b.getId()), b.getTitle(),
                    site + "/bulletin.xhtml?id=" + b.getId(), text, b.getPublishedAt()));
        }
        FeedWriter.Head head = new FeedWriter.Head(FeedWriter.tag("feed", "bulletins"),
                Messages.text(locale, "rank.feed.title"), site + "/bulletins.xhtml",
                site + req.getServletPath(), Messages.text(locale, "rank.feed.description"),
                localeBean.getLanguageTag(), Messages.text(locale, "app.name"),
                rows.isEmpty() ? null : rows.get(0).getPublishedAt());
        res.setContentType(atom ? "application/atom+xml;charset=UTF-8" : "application/rss+xml;charset=UTF-8");
        res.setHeader("Content-Language", localeBean.getLanguageTag());
        OutputStreamWriter out = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        if (atom) {
            FeedWriter.atom(out, head, entries);
        } else {
            FeedWriter.rss(out, head, entries);
        }
    }

    static String shorten(String body) {
        if (body == null) {
            return "";
        }
        int n = body.codePointCount(0, body.length());
        return n <= SUMMARY_CHARS ? body : body.substring(0, body.offsetByCodePoints(0, SUMMARY_CHARS)) + "…";
    }
}
