package org.zjcs.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import org.zjcs.portal.domain.ArticleCategory;

/** A published article in a public list (no body). */
public record ArticleRow(long id, ArticleCategory category, String title, String summary, String source, String docNumber,
                         LocalDate publicationDate, Instant publishedAt) {
}
