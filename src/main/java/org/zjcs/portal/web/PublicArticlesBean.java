package org.zjcs.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.zjcs.portal.application.AnnouncementRow;
import org.zjcs.portal.application.Announcements;
import org.zjcs.portal.application.ArticleRow;
import org.zjcs.portal.application.PublicArticles;
import org.zjcs.portal.application.SafeHtml;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleCategory;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.web.QueryString;

/**
 * Backing bean of the public articles.xhtml?category= (a category's published articles, keyset links), article.xhtml?id=
 * (one published article; anything else answers 404) and announcements.xhtml (通知公告: platform notices and the
 * regulators' published 通报). Plain GET pages: request-scoped, no session, no JavaScript needed.
 */
@Named
@RequestScoped
public class PublicArticlesBean {

    /** Description length of a page's meta description. */
    static final int DESCRIPTION = 160;

    @Inject
    PublicArticles articles;

    @Inject
    Announcements announcements;

    private String category;
    private Long id;
    private String after;
    private String before;
    private KeysetPage<ArticleRow> page;
    private KeysetPage<AnnouncementRow> announcementPage;
    private Article article;

    /** article.xhtml's f:viewAction: a draft, withdrawn or unknown article answers 404. */
    public void load() throws IOException {
        article = id == null ? null : articles.published(id).orElse(null);
        if (article == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.responseComplete();
            fc.getExternalContext().responseSendError(404, "");
        }
    }

    public Article getArticle() {
        return article;
    }

    /** The article's text without tags, cut for the meta description. */
    public String getDescription() {
        if (article == null) {
            return "";
        }
        String text = article.getSummary() != null ? article.getSummary() : SafeHtml.text(article.getBody());
        return text.length() <= DESCRIPTION ? text : text.substring(0, DESCRIPTION) + "…";
    }

    /** The category asked for; POLICY when none or an unknown one is asked. */
    public ArticleCategory getSelectedCategory() {
        return ArticleCategory.parse(category).orElse(ArticleCategory.POLICY);
    }

    public ArticleCategory[] getCategories() {
        return ArticleCategory.values();
    }

    private KeysetPage<ArticleRow> page() {
        if (page == null) {
            page = articles.page(getSelectedCategory(), after, before);
        }
        return page;
    }

    public List<ArticleRow> getRows() {
        return page().rows();
    }

    public String getNextQuery() {
        String t = page().nextToken(PublicArticles::token);
        return t == null ? null : new QueryString().add("category", getSelectedCategory().name()).add("after", t).toString();
    }

    public String getPreviousQuery() {
        String t = page().previousToken(PublicArticles::token);
        return t == null ? null : new QueryString().add("category", getSelectedCategory().name()).add("before", t).toString();
    }

    private KeysetPage<AnnouncementRow> announcementPage() {
        if (announcementPage == null) {
            announcementPage = announcements.page(after, before);
        }
        return announcementPage;
    }

    public List<AnnouncementRow> getAnnouncements() {
        return announcementPage().rows();
    }

    public String getAnnouncementsNext() {
        return announcementPage().nextToken(Announcements::token);
    }

    public String getAnnouncementsPrevious() {
        return announcementPage().previousToken(Announcements::token);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
