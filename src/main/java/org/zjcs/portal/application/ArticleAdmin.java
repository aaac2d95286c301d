package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleAttachment;
import org.zjcs.portal.domain.ArticleRepository;
import org.zjcs.portal.domain.ArticleText;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;

/**
 * Operators write, correct, publish and withdraw articles (docs/domain-rules.md, "Articles"). Every call checks the
 * role and, through {@link org.zjcs.portal.domain.ArticleState}, that the move is allowed in the article's state; an
 * edit made on an old copy (another version) is refused. The body is cleaned ({@link SafeHtml}) before it is stored.
 * Every change is audited; what the public sees changing is written to the change log ({@code ARTICLE}).
 */
@ApplicationScoped
@Transactional
public class ArticleAdmin {

    /** The purpose of an article attachment in {@code stored_file}. */
    public static final String ATTACHMENT = "ARTICLE_ATTACHMENT";

    @Inject
    Guard guard;

    @Inject
    ArticleRepository articles;

    @Inject
    FileStorageService files;

    @Inject
    ArticleJournal journal;

    @Inject
    Clock clock;

    /** A new draft. */
    public Article create(ArticleText text) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        ArticleText clean = clean(text, null, null);
        Article a = Article.draft(clean, me.username(), clock.instant());
        articles.add(a);
        journal.record("ARTICLE_CREATED", a, Map.of());
        return a;
    }

    /** Changes a draft's or a published article's texts; {@code version} is the one the operator edited. */
    public Article update(long id, long version, ArticleText text) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Article a = current(id, version);
        a.getState().edit();
        a.edit(clean(text, a, a.getId()), me.username(), clock.instant());
        articles.flush();
        journal.record("ARTICLE_UPDATED", a, Map.of(), a.getState().isPublic());
        return a;
    }

    public Article publish(long id, long version) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Article a = current(id, version);
        Instant now = clock.instant();
        a.publish(me.username(), now, LocalDate.ofInstant(now, BusinessTime.ZONE));
        articles.flush();
        journal.record("ARTICLE_PUBLISHED", a, Map.of(), true);
        return a;
    }

    public Article withdraw(long id, long version) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Article a = current(id, version);
        a.withdraw(me.username(), clock.instant());
        articles.flush();
        journal.record("ARTICLE_WITHDRAWN", a, Map.of(), true);
        return a;
    }

    /**
     * Attaches an upload, checked by the shared storage (content by magic bytes, size, name) like every other upload:
     * PDF, JPEG or PNG.
     */
    public Article attach(long id, Upload upload) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Article a = articles.lock(id).orElseThrow(() -> new DomainException("article.error.notFound"));
        a.getState().edit();
        if (upload == null || !upload.isPresent()) {
            throw new DomainException("article.error.attachmentMissing");
        }
        StoredFile f;
        try (InputStream in = upload.content()) {
            f = files.store(in, upload.fileName(), ATTACHMENT, me.organisationId());
        } catch (IOException e) {
            throw new DomainException("upload.error.io");
        }
        a.attach(new ArticleAttachment(f.getId(), f.getDisplayName(), f.getSha256()), me.username(), clock.instant());
        articles.flush();
        journal.record("ARTICLE_ATTACHMENT_ADDED", a, Map.of("file", String.valueOf(f.getId()), "sha256", f.getSha256()),
                a.getState().isPublic());
        return a;
    }

    public Article detach(long id, long storedFileId) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Article a = articles.lock(id).orElseThrow(() -> new DomainException("article.error.notFound"));
        a.detach(storedFileId, me.username(), clock.instant());
        articles.flush();
        journal.record("ARTICLE_ATTACHMENT_REMOVED", a, Map.of("file", String.valueOf(storedFileId)),
                a.getState().isPublic());
        return a;
    }

    /** The article at the version the operator saw, locked; another version is a conflict. */
    private Article current(long id, long version) {
        Article a = articles.lock(id).orElseThrow(() -> new DomainException("article.error.notFound"));
        if (a.getVersion() != version) {
            throw new DomainException("article.error.conflict");
        }
        return a;
    }

    /** The text with its body cleaned; images may show only this article's own attachments. */
    private static ArticleText clean(ArticleText text, Article a, Long articleId) {
        if (text == null) {
            throw new DomainException("article.error.categoryRequired");
        }
        String body = SafeHtml.clean(text.body(),
                (article, file) -> a != null && articleId != null && articleId.equals(article) && a.hasAttachment(file));
        ArticleText clean = text.withBody(body);
        Article.check(clean);
        return clean;
    }
}
