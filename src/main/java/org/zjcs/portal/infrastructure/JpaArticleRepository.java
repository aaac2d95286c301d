package org.zjcs.portal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleCategory;
import org.zjcs.portal.domain.ArticleRepository;
import org.zjcs.portal.domain.ArticleState;

/** JPA implementation of {@link ArticleRepository}. */
@ApplicationScoped
@Transactional
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Article a) {
        em.persist(a);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> lock(long id) {
        return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Article> all(ArticleCategory category, ArticleState state, int first, int limit) {
        TypedQuery<Article> q = em.createQuery("SELECT a FROM Article a WHERE 1 = 1" + where(category, state)
                + " ORDER BY a.id DESC", Article.class);
        bind(q, category, state);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(limit).getResultList();
    }

    @Override
    public int countUpTo(ArticleCategory category, ArticleState state, int cap) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 FROM article WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (category != null) {
            sql.append(" AND category = ?");
            args.add(category.name());
        }
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state.name());
        }
        sql.append(" LIMIT ?) t");
        args.add(cap);
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        return ((Number) q.getSingleResult()).intValue();
    }

    private static String where(ArticleCategory category, ArticleState state) {
        return (category == null ? "" : " AND a.category = :category") + (state == null ? "" : " AND a.state = :state");
    }

    private static void bind(TypedQuery<Article> q, ArticleCategory category, ArticleState state) {
        if (category != null) {
            q.setParameter("category", category);
        }
        if (state != null) {
            q.setParameter("state", state);
        }
    }
}
