package org.zjcs.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.credit.web.CreditViews;
import org.zjcs.credit.web.EntryView;
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
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.FeedWriter;

/**
 * Feeds of the public lists, the latest {@value #LATEST} entries, newest first, with absolute links, in the reader's
 * language (the language cookie, as on the pages), each as RSS 2.0 ({@code .rss}) and Atom 1.0 ({@code .atom}):
 * {@code /feeds/notices} (采购公告), {@code /feeds/results} (中选公告), {@code /feeds/credit} (信用公示: red and black
 * list entries) and {@code /feeds/articles} (政策法规, 办事指南, 通知公告: the published articles). The notice and result feeds take the lists' filters {@code item}, {@code province}, {@code method};
 * the credit feed {@code list} (RED or BLACK); an unknown value is answered 400 with a plain-text message naming the
 * parameter and the values it takes (never echoing the value sent), never ignored.
 * Atom entry ids are stable tag: URIs ({@link FeedWriter#tag}). The 通报 feed is served by the supervision context.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 50;
    static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";
    static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";

    @Inject
    NoticeQueries notices;

    @Inject
    PublicResults results;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    PublicArticles articles;

    @Inject
    CreditListService creditLists;

    @Inject
    CreditViews creditViews;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path;
        boolean atom = name.endsWith(".atom");
        String feed = name.endsWith(".rss") ? name.substring(0, name.length() - 4)
                : atom ? name.substring(0, name.length() - 5) : "";
        if (!List.of("/notices", "/results", "/credit", "/articles").contains(feed)) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeBean.getLocale();
        String site = FeedWriter.site(req);
        String self = site + "/feeds" + name + selfQuery(req);
        String error = null;
        FeedWriter.Head head = null;
        List<FeedWriter.Entry> entries = new ArrayList<>();
        List<PublicRow> noticeRows = null;
        List<ResultRow> resultRows = null;
        if ("/articles".equals(feed)) {
            head = articlesFeed(entries, site, self, locale);
        } else if ("/credit".equals(feed)) {
            String list = req.getParameter("list");
            ListKind kind = null;
            if (list != null && !list.isBlank()) {
                kind = List.of("RED", "BLACK").contains(list.trim()) ? ListKind.valueOf(list.trim()) : null;
                if (kind == null) {
                    error = "portal.feed.error.list";
                }
            }
            if (error == null) {
                head = creditFeed(kind, entries, site, self, locale);
            }
        } else {
            ResultFilter.Parsed parsed = ResultFilter.parse(req.getParameter("item"), req.getParameter("province"),
                    req.getParameter("method"), id -> catalog.cachedItemsInForce().stream().anyMatch(i -> i.getId() == id),
                    code -> regions.provinces().stream().anyMatch(r -> r.getCode().equals(code)));
            if (!parsed.valid()) {
                error = parsed.errorKey().replace("portal.results.error.", "portal.feed.error.");
            } else if ("/notices".equals(feed)) {
                ResultFilter f = parsed.filter();
                noticeRows = notices.publicRows(new PublicFilter(f.serviceItemId(), f.provincePrefix(), f.method(), null,
                        null, null), null, null, false, LATEST);
                head = new FeedWriter.Head(FeedWriter.tag("feed", "notices") + filterKey(f),
                        Messages.text(locale, "portal.feed.notices.title"), site + "/notices.xhtml" + selfQuery(req), self,
                        Messages.text(locale, "portal.feed.notices.description"), localeBean.getLanguageTag(),
                        Messages.text(locale, "app.name"), noticeRows.isEmpty() ? null : noticeRows.get(0).publishedAt());
                for (PublicRow n : noticeRows) {
                    entries.add(new FeedWriter.Entry(FeedWriter.tag("notice", n.id()), n.title(),
                            site + "/notice.xhtml?id=" + n.id(), noticeSummary(n, locale), n.publishedAt()));
                }
            } else {
                resultRows = results.page(parsed.filter(), null, null, LATEST).rows();
                head = new FeedWriter.Head(FeedWriter.tag("feed", "results") + filterKey(parsed.filter()),
                        Messages.text(locale, "portal.feed.results.title"), site + "/results.xhtml" + selfQuery(req), self,
                        Messages.text(locale, "portal.feed.results.description"), localeBean.getLanguageTag(),
                        Messages.text(locale, "app.name"), resultRows.isEmpty() ? null : resultRows.get(0).selectedAt());
                for (ResultRow r : resultRows) {
                    entries.add(new FeedWriter.Entry(FeedWriter.tag("result", r.noticeId(), r.round()),
                            Messages.text(locale, "portal.feed.results.itemTitle", r.title()),
                            site + "/notice.xhtml?id=" + r.noticeId(), resultSummary(r, site, locale), r.selectedAt()));
                }
            }
        }
        if (error != null) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            res.setContentType("text/plain;charset=UTF-8");
            // what is wrong and what is taken, never the value sent (no reflected text, whatever the client renders)
            res.getWriter().write(Messages.text(locale, error));
            return;
        }
        res.setContentType(atom ? ATOM_TYPE : CONTENT_TYPE);
        res.setHeader("Content-Language", localeBean.getLanguageTag());
        OutputStreamWriter out = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        if (atom) {
            FeedWriter.atom(out, head, entries);
        } else {
            // the RSS of the notices and the results keep the guid their readers know: the notice's page
            FeedWriter.rss(out, head, entries, noticeRows != null || resultRows != null ? FeedWriter.RssGuid.LINK
                    : FeedWriter.RssGuid.ID);
        }
    }

    /** The newest published articles of every section (政策法规, 办事指南, 通知公告). */
    private FeedWriter.Head articlesFeed(List<FeedWriter.Entry> entries, String site, String self, Locale locale) {
        List<ArticleRow> rows = articles.latest(LATEST);
        for (ArticleRow a : rows) {
            String what = Messages.text(locale, "article.category." + a.category());
            entries.add(new FeedWriter.Entry(FeedWriter.tag("article", a.id()), a.title(),
                    site + "/article.xhtml?id=" + a.id(), a.summary() == null ? what
                    : Messages.text(locale, "article.feed.item", a.summary(), what), a.publishedAt()));
        }
        return new FeedWriter.Head(FeedWriter.tag("feed", "articles"), Messages.text(locale, "article.feed.title"),
                site + "/announcements.xhtml", self, Messages.text(locale, "article.feed.description"),
                localeBean.getLanguageTag(), Messages.text(locale, "app.name"),
                rows.isEmpty() ? null : rows.get(0).publishedAt());
    }

    private FeedWriter.Head creditFeed(ListKind kind, List<FeedWriter.Entry> entries, String site, String self,
            Locale locale) {
        // the newest entries of each list, merged by when the regulator listed the firm (newest first)
        List<CreditListEntry> listed = new ArrayList<>();
        for (ListKind k : kind == null ? List.of(ListKind.RED, ListKind.BLACK) : List.of(kind)) {
            listed.addAll(creditLists.latestEntries(k, LATEST));
        }
        listed.sort(Comparator.comparing(CreditListEntry::getCreatedAt).reversed()
                .thenComparing(Comparator.comparing(CreditListEntry::getId).reversed()));
        listed = listed.subList(0, Math.min(LATEST, listed.size()));
        Map<Long, Instant> at = new HashMap<>();
        listed.forEach(e -> at.put(e.getId(), e.getCreatedAt()));
        List<Instant> created = new ArrayList<>();
        for (EntryView v : creditViews.entries(listed)) {
            String summary = Messages.text(locale, "portal.feed.credit.item", v.getStartDate(), v.getEndDate(),
                    v.getReason(), v.getLegalBasis());
            if (v.getEndedOn() != null) {
                summary += Messages.text(locale, "portal.feed.credit.ended", v.getEndedOn(), v.getEndReason());
            }
            entries.add(new FeedWriter.Entry(FeedWriter.tag("credit-list", v.getId()),
                    Messages.text(locale, "portal.feed.credit.itemTitle." + v.getKind(), v.getFirmName()),
                    site + "/firm-credit.xhtml?id=" + v.getFirmId(), summary, at.get(v.getId())));
            created.add(at.get(v.getId()));
        }
        return new FeedWriter.Head(FeedWriter.tag("feed", "credit") + (kind == null ? "" : "/" + kind),
                Messages.text(locale, "portal.feed.credit.title"), site + "/credit.xhtml", self,
                Messages.text(locale, "portal.feed.credit.description"), localeBean.getLanguageTag(),
                Messages.text(locale, "app.name"), created.isEmpty() ? null : created.get(0));
    }

    private String noticeSummary(PublicRow n, Locale locale) {
        return Messages.text(locale, "portal.feed.notices.item", n.ownerName(), item(n.serviceItemId(), locale),
                Messages.text(locale, "notice.method." + n.method()));
    }

    private static String resultSummary(ResultRow r, String site, Locale locale) {
        return Messages.text(locale, "portal.feed.results.item", r.ownerName(), r.winnerName(),
                Money.format(r.amount(), locale), Messages.text(locale, "notice.method." + r.method()),
                site + "/verify.xhtml?notice=" + r.noticeId() + "&round=" + r.round());
    }

    /** The filter's part of the feed's id: a filtered feed is another feed. */
    private static String filterKey(ResultFilter f) {
        StringBuilder b = new StringBuilder();
        if (f.serviceItemId() != null) {
            b.append("/item-").append(f.serviceItemId());
        }
        if (f.provincePrefix() != null) {
            b.append("/province-").append(f.provincePrefix()).append("0000");
        }
        if (f.method() != null) {
            b.append("/method-").append(f.method().name());
        }
        return b.toString();
    }

    /** The filters of the request again ({@code ?item=…&province=…&method=…&list=…}), for the self and page links. */
    private static String selfQuery(HttpServletRequest req) {
        StringBuilder b = new StringBuilder();
        for (String p : List.of("item", "province", "method", "list")) {
            String v = req.getParameter(p);
            if (v != null && !v.isBlank()) {
                b.append(b.length() == 0 ? '?' : '&').append(p).append('=')
                        .append(java.net.URLEncoder.encode(v.trim(), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
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
