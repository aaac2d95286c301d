package org.zjcs.portal.domain;

import java.util.List;
import java.util.Optional;

/** Articles. Lists are keyset pages, newest first; no COUNT over the table except the operator's bounded one. */
public interface ArticleRepository {

    void add(Article article);

    void flush();

    Optional<Article> find(long id);

    /** The article, locked for update until the transaction ends. */
    Optional<Article> lock(long id);

    /** The operator's list: every state, optionally one category and state, by id descending, {@code first} rows skipped. */
    List<Article> all(ArticleCategory category, ArticleState state, int first, int limit);

    /** How many rows the operator's list has, counted up to {@code cap} (a bounded count). */
    int countUpTo(ArticleCategory category, ArticleState state, int cap);
}
