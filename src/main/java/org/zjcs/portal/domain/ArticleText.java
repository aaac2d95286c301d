package org.zjcs.portal.domain;

import java.time.LocalDate;

/**
 * What the operator writes of an article. {@code body} is HTML: the application cleans it (SafeHtml) before it reaches
 * {@link Article}, which stores only what it was given. {@code summary}, {@code source}, {@code docNumber} and
 * {@code publicationDate} are optional.
 */
public record ArticleText(ArticleCategory category, String title, String summary, String body, String source,
                          String docNumber, LocalDate publicationDate) {

    /** The same text with another body (the cleaned one). */
    public ArticleText withBody(String cleanBody) {
        return new ArticleText(category, title, summary, cleanBody, source, docNumber, publicationDate);
    }
}
