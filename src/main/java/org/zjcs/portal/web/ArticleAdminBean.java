package org.zjcs.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.portal.application.ArticleAdmin;
import org.zjcs.portal.application.OperatorArticles;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleCategory;
import org.zjcs.portal.domain.ArticleState;
import org.zjcs.portal.domain.ArticleText;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.UploadedFiles;

/**
 * Backing bean of operator/articles.xhtml: the articles as a lazy table (bounded paging, filters), one article
 * ({@code ?id=}) previewed with its attachments, the dialog form that writes a new one ({@code ?new=true}) or corrects
 * it, attachments uploaded, and publish / withdraw behind a confirmation. No rule here: {@link ArticleAdmin} checks the
 * role, the state and the version.
 */
@Named
@ViewScoped
public class ArticleAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleAdmin admin;

    @Inject
    OperatorArticles queries;

    private Long id;
    private boolean creating;
    private boolean dialogOpen;
    private ArticleCategory filterCategory;
    private ArticleState filterState;
    /** Transient: it holds the page of entities it loaded; made again after the view moved to another node. */
    private transient LazyDataModel<Article> articles;
    private final PerRequest<Article> selected = new PerRequest<>();

    /** The dialog form. */
    private long editVersion;
    private ArticleCategory category = ArticleCategory.NOTICE;
    private String title;
    private String summary;
    private String body;
    private String source;
    private String docNumber;
    private LocalDate publicationDate;

    private transient UploadedFile attachment;
    /** The version the publish / withdraw form was rendered with (a hidden field): a later change is a conflict. */
    private Long seenVersion;

    @PostConstruct
    void init() {
        articles = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return queries.count(filterCategory, filterState);
            }

            @Override
            public List<Article> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return queries.page(filterCategory, filterState, first, pageSize);
            }

            @Override
            public String getRowKey(Article a) {
                return String.valueOf(a.getId());
            }

            @Override
            public Article getRowData(String rowKey) {
                return queries.find(Long.parseLong(rowKey));
            }
        };
    }

    /** f:viewAction: {@code ?new=true} opens the empty dialog, {@code ?edit=true} the selected article's. */
    public void open() {
        if (creating) {
            startNew();
        }
    }

    public void startNew() {
        id = null;
        creating = true;
        dialogOpen = true;
        editVersion = 0;
        category = ArticleCategory.NOTICE;
        title = null;
        summary = null;
        body = null;
        source = null;
        docNumber = null;
        publicationDate = null;
        selected.reset();
    }

    /** Fills the dialog with the selected article as it is now (its version is the one the save will name). */
    public void startEdit() {
        Article a = getSelected();
        if (a == null) {
            return;
        }
        creating = false;
        dialogOpen = true;
        editVersion = a.getVersion();
        ArticleText t = a.text();
        category = t.category();
        title = t.title();
        summary = t.summary();
        body = t.body();
        source = t.source();
        docNumber = t.docNumber();
        publicationDate = t.publicationDate();
    }

    public void save() {
        ArticleText text = new ArticleText(category, title, summary, body, source, docNumber, publicationDate);
        try {
            Article a = creating || id == null ? admin.create(text) : admin.update(id, editVersion, text);
            Messages.info(creating || id == null ? "article.admin.created" : "article.admin.saved");
            id = a.getId();
            creating = false;
            dialogOpen = false;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            dialogOpen = true;
        } finally {
            selected.reset();
        }
    }

    public void cancel() {
        dialogOpen = false;
        creating = false;
    }

    public void publish() {
        act(() -> admin.publish(id(), version()), "article.admin.published");
    }

    public void withdraw() {
        act(() -> admin.withdraw(id(), version()), "article.admin.withdrawn");
    }

    public void upload() {
        act(() -> {
            try {
                admin.attach(id(), UploadedFiles.of(attachment));
            } catch (IOException e) {
                throw new DomainException("upload.error.io");
            }
        }, "article.admin.attached");
    }

    public void removeAttachment(long fileId) {
        act(() -> admin.detach(id(), fileId), "article.admin.detached");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            seenVersion = null;
            selected.reset();
        }
    }

    private long id() {
        return id == null ? -1 : id;
    }

    /** The version of the article as this page last read it. */
    private long version() {
        Long v = getSeenVersion();
        return v == null ? -1 : v;
    }

    public Long getSeenVersion() {
        Article a = getSelected();
        return seenVersion != null ? seenVersion : a == null ? null : a.getVersion();
    }

    public void setSeenVersion(Long seenVersion) {
        this.seenVersion = seenVersion;
    }

    public Article getSelected() {
        if (id == null) {
            return null;
        }
        return selected.get(() -> {
            try {
                return queries.find(id);
            } catch (DomainException e) {
                return null;
            }
        });
    }

    public LazyDataModel<Article> getArticles() {
        if (articles == null) {
            init();
        }
        return articles;
    }

    public ArticleCategory[] getCategories() {
        return ArticleCategory.values();
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public int getTitleLength() {
        return Article.TITLE_LENGTH;
    }

    public boolean isDialogOpen() {
        return dialogOpen;
    }

    public boolean isCreating() {
        return creating;
    }

    public void setCreating(boolean creating) {
        this.creating = creating;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleCategory getFilterCategory() {
        return filterCategory;
    }

    public void setFilterCategory(ArticleCategory filterCategory) {
        this.filterCategory = filterCategory;
    }

    public ArticleState getFilterState() {
        return filterState;
    }

    public void setFilterState(ArticleState filterState) {
        this.filterState = filterState;
    }

    public ArticleCategory getCategory() {
        return category;
    }

    public void setCategory(ArticleCategory category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public UploadedFile getAttachment() {
        return attachment;
    }

    public void setAttachment(UploadedFile attachment) {
        this.attachment = attachment;
    }
}
