package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleCategory;
import org.zjcs.portal.domain.ArticleRepository;
import org.zjcs.portal.domain.ArticleState;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * The operator's reading of articles (every state): the admin table's pages and one article. The table pages by
 * position, bounded: at most {@value #MAX_ROWS} rows can be reached (articles are written by hand: thousands, not
 * millions) and the count stops there too.
 */
@ApplicationScoped
@Transactional
public class OperatorArticles {

    /** The deepest row the admin table reaches, and the cap of its count. */
    public static final int MAX_ROWS = 10_000;

    @Inject
    Guard guard;

    @Inject
    ArticleRepository articles;

    public List<Article> page(ArticleCategory category, ArticleState state, int first, int size) {
        guard.requireRole(Role.OPERATOR);
        if (first >= MAX_ROWS) {
            return List.of();
        }
        return articles.all(category, state, first, Math.min(size, MAX_ROWS - first));
    }

    public int count(ArticleCategory category, ArticleState state) {
        guard.requireRole(Role.OPERATOR);
        return articles.countUpTo(category, state, MAX_ROWS);
    }

    /** Whether {@code fileId} is an attachment of article {@code id}, in any state (the operator's preview). */
    public boolean hasAttachment(long id, long fileId) {
        guard.requireRole(Role.OPERATOR);
        return articles.find(id).map(a -> a.hasAttachment(fileId)).orElse(false);
    }

    public Article find(long id) {
        guard.requireRole(Role.OPERATOR);
        return articles.find(id).orElseThrow(() -> new DomainException("article.error.notFound"));
    }
}
