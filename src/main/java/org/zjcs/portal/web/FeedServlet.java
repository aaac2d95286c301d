package org.zjcs.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.portal.application.ArticleRow;
import org.zjcs.portal.application.PublicArticles;
import org.zjcs.portal.application.PublicResults;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.portal.application.ResultRow;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.NoticeRepository.PublicFilter;
import org.zjcs.procurement.domain.NoticeRepository.PublicRow;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.money.Money;

/**
 * RSS 2.0 feeds of the public lists, the latest {@value #LATEST} entries, newest first, with absolute links:
 * {@code /feeds/notices.rss} (采购公告), {@code /feeds/results.rss} (中选公告) and {@code /feeds/articles.rss} (政策法规,
 * 办事指南, 通知公告: the published articles), in the reader's language (the
 * language cookie, as on the pages).
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 50;
    static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";

    @Inject
    NoticeQueries notices;

    @Inject
    PublicResults results;

    @Inject
    CatalogService catalog;

    @Inject
    PublicArticles articles;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        boolean noticeFeed = "/notices.rss".equals(path);
        if ("/articles.rss".equals(path)) {
            articles(req, res);
            return;
        }
        if (!noticeFeed && !"/results.rss".equals(path)) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeBean.getLocale();
        String site = SiteAddress.of(req);
        res.setContentType(CONTENT_TYPE);
        res.setHeader("Content-Language", localeBean.getLanguageTag());
        OutputStreamWriter out = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        RssWriter rss = new RssWriter(out);
        if (noticeFeed) {
            List<PublicRow> rows = notices.publicRows(new PublicFilter(null, null, null, null, null, null), null, null,
                    false, LATEST);
            rss.start(Messages.text(locale, "portal.feed.notices.title"), site + "/notices.xhtml",
                    site + "/feeds/notices.rss", Messages.text(locale, "portal.feed.notices.description"),
                    localeBean.getLanguageTag(), rows.isEmpty() ? null : rows.get(0).publishedAt());
            for (PublicRow n : rows) {
                rss.item(n.title(), site + "/notice.xhtml?id=" + n.id(),
                        Messages.text(locale, "portal.feed.notices.item", n.ownerName(), item(n.serviceItemId(), locale),
                                Messages.text(locale, "notice.method." + n.method())), n.publishedAt());
            }
        } else {
            List<ResultRow> rows = results.latest(LATEST);
            rss.start(Messages.text(locale, "portal.feed.results.title"), site + "/results.xhtml",
                    site + "/feeds/results.rss", Messages.text(locale, "portal.feed.results.description"),
                    localeBean.getLanguageTag(), rows.isEmpty() ? null : rows.get(0).selectedAt());
            for (ResultRow r : rows) {
                rss.item(Messages.text(locale, "portal.feed.results.itemTitle", r.title()),
                        site + "/notice.xhtml?id=" + r.noticeId(),
                        Messages.text(locale, "portal.feed.results.item", r.ownerName(), r.winnerName(),
                                Money.format(r.amount(), locale), Messages.text(locale, "notice.method." + r.method()),
                                site + "/verify.xhtml?notice=" + r.noticeId() + "&round=" + r.round()),
                        r.selectedAt());
            }
        }
        rss.end();
    }

    /** The newest published articles of every section (政策法规, 办事指南, 通知公告). */
    private void articles(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = localeBean.getLocale();
        String site = SiteAddress.of(req);
        res.setContentType(CONTENT_TYPE);
        res.setHeader("Content-Language", localeBean.getLanguageTag());
        OutputStreamWriter out = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        RssWriter rss = new RssWriter(out);
        List<ArticleRow> rows = articles.latest(LATEST);
        rss.start(Messages.text(locale, "article.feed.title"), site + "/announcements.xhtml", site + "/feeds/articles.rss",
                Messages.text(locale, "article.feed.description"), localeBean.getLanguageTag(),
                rows.isEmpty() ? null : rows.get(0).publishedAt());
        for (ArticleRow a : rows) {
            String what = Messages.text(locale, "article.category." + a.category());
            rss.item(a.title(), site + "/article.xhtml?id=" + a.id(), a.summary() == null ? what
                    : Messages.text(locale, "article.feed.item", a.summary(), what), a.publishedAt());
        }
        rss.end();
    }

    private String item(long id, Locale locale) {
        try {
            ServiceItem i = catalog.cachedItem(id);
            return i.getCode() + " " + (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? i.getNameEn() : i.getNameZh());
        } catch (DomainException unknown) {
            return "";
        }
    }
}
