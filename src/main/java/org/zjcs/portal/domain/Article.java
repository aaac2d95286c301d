package org.zjcs.portal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;

/**
 * An article of the portal (政策法规, 办事指南, 通知公告), written by operators. Its body is safe HTML, cleaned by the
 * application before it is set here. The life cycle is {@link ArticleState}'s; the version refuses an edit made on a
 * copy someone else has changed since.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 500;
    /** The cleaned body's length in characters (HTML included). */
    public static final int BODY_LENGTH = 200_000;
    public static final int SOURCE_LENGTH = 200;
    public static final int DOC_NUMBER_LENGTH = 100;
    public static final int MAX_ATTACHMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 12)
    private ArticleCategory category;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "source", length = SOURCE_LENGTH)
    private String source;

    @Column(name = "doc_number", length = DOC_NUMBER_LENGTH)
    private String docNumber;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ArticleState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_attachment", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<ArticleAttachment> attachments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
    }

    /** A new draft. */
    public static Article draft(ArticleText text, String by, Instant now) {
        Article a = new Article();
        a.state = ArticleState.DRAFT;
        a.createdAt = now;
        a.createdBy = by;
        a.set(text, by, now);
        return a;
    }

    /** Changes the texts of a draft or a published article. */
    public void edit(ArticleText text, String by, Instant now) {
        state = state.edit();
        set(text, by, now);
    }

    /** Publishes the draft; without a publication date it gets {@code today}. */
    public void publish(String by, Instant now, LocalDate today) {
        state = state.publish();
        publishedAt = now;
        publishedBy = by;
        if (publicationDate == null) {
            publicationDate = today;
        }
        touch(by, now);
    }

    public void withdraw(String by, Instant now) {
        state = state.withdraw();
        withdrawnAt = now;
        withdrawnBy = by;
        touch(by, now);
    }

    public void attach(ArticleAttachment attachment, String by, Instant now) {
        state.edit();
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new DomainException("article.error.tooManyAttachments", MAX_ATTACHMENTS);
        }
        attachments.add(attachment);
        touch(by, now);
    }

    public void detach(long storedFileId, String by, Instant now) {
        state.edit();
        if (!attachments.removeIf(x -> x.getStoredFileId() == storedFileId)) {
            throw new DomainException("article.error.attachmentNotFound");
        }
        touch(by, now);
    }

    public boolean hasAttachment(long storedFileId) {
        return attachments.stream().anyMatch(x -> x.getStoredFileId() == storedFileId);
    }

    /**
     * Refuses a text that breaks the rules (before anything is stored): a category, a title of 1–{@value #TITLE_LENGTH}
     * characters, a body with something in it, the optional fields within their lengths.
     */
    public static void check(ArticleText t) {
        if (t == null || t.category() == null) {
            throw new DomainException("article.error.categoryRequired");
        }
        String title = strip(t.title());
        if (title == null) {
            throw new DomainException("article.error.titleRequired");
        }
        if (title.length() > TITLE_LENGTH) {
            throw new DomainException("article.error.titleTooLong", TITLE_LENGTH);
        }
        limit(t.summary(), SUMMARY_LENGTH, "article.error.summaryTooLong");
        limit(t.source(), SOURCE_LENGTH, "article.error.sourceTooLong");
        limit(t.docNumber(), DOC_NUMBER_LENGTH, "article.error.docNumberTooLong");
        String body = strip(t.body());
        if (body == null) {
            throw new DomainException("article.error.bodyRequired");
        }
        if (body.length() > BODY_LENGTH) {
            throw new DomainException("article.error.bodyTooLong", BODY_LENGTH);
        }
        if (t.publicationDate() != null && (t.publicationDate().getYear() < 1949 || t.publicationDate().getYear() > 2999)) {
            throw new DomainException("article.error.date");
        }
    }

    private static void limit(String value, int max, String key) {
        String v = strip(value);
        if (v != null && v.length() > max) {
            throw new DomainException(key, max);
        }
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        return v.isEmpty() ? null : v;
    }

    private void set(ArticleText t, String by, Instant now) {
        check(t);
        category = t.category();
        title = strip(t.title());
        summary = strip(t.summary());
        body = strip(t.body());
        source = strip(t.source());
        docNumber = strip(t.docNumber());
        publicationDate = t.publicationDate();
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
    }

    /** The texts as they are now (for the edit form). */
    public ArticleText text() {
        return new ArticleText(category, title, summary, body, source, docNumber, publicationDate);
    }

    public Long getId() {
        return id;
    }

    public ArticleCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSource() {
        return source;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public ArticleState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public List<ArticleAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public long getVersion() {
        return version;
    }
}
