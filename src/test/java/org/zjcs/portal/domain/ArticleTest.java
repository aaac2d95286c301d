package org.zjcs.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The article's life cycle (DRAFT → PUBLISHED → WITHDRAWN, nothing else) and the rules of its texts. */
class ArticleTest {

    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static ArticleText text(String title, String body) {
        return new ArticleText(ArticleCategory.NOTICE, title, null, body, null, null, null);
    }

    static Article draft() {
        return Article.draft(text("Maintenance", "<p>Tonight</p>"), "operator01", NOW);
    }

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void aDraftIsPublishedOnceThenWithdrawnAndNeverMovesBack() {
        Article a = draft();
        assertEquals(ArticleState.DRAFT, a.getState());
        assertFalse(a.getState().isPublic());
        assertEquals("article.error.notPublished", key(() -> a.withdraw("operator01", NOW)), "a draft is not withdrawn");
        a.publish("operator01", NOW, TODAY);
        assertEquals(ArticleState.PUBLISHED, a.getState());
        assertTrue(a.getState().isPublic());
        assertEquals(NOW, a.getPublishedAt());
        assertEquals(TODAY, a.getPublicationDate(), "no date given: the day of publishing");
        assertEquals("article.error.notDraft", key(() -> a.publish("operator01", NOW, TODAY)), "published once");
        a.edit(text("Maintenance (corrected)", "<p>Tomorrow</p>"), "operator02", NOW.plusSeconds(60));
        assertEquals("Maintenance (corrected)", a.getTitle(), "a published article is still corrected");
        assertEquals("operator02", a.getUpdatedBy());
        a.withdraw("operator01", NOW.plusSeconds(120));
        assertEquals(ArticleState.WITHDRAWN, a.getState());
        assertFalse(a.getState().isPublic());
        assertEquals("article.error.withdrawn", key(() -> a.edit(text("again", "<p>x</p>"), "operator01", NOW)));
        assertEquals("article.error.notDraft", key(() -> a.publish("operator01", NOW, TODAY)), "never published again");
        assertEquals("article.error.notPublished", key(() -> a.withdraw("operator01", NOW)));
        assertEquals("article.error.withdrawn",
                key(() -> a.attach(new ArticleAttachment(1, "a.pdf", "0".repeat(64)), "operator01", NOW)));
    }

    @Test
    void theStatesSayWhatTheOperatorMayDo() {
        assertTrue(ArticleState.DRAFT.canEdit() && ArticleState.DRAFT.canPublish() && !ArticleState.DRAFT.canWithdraw());
        assertTrue(ArticleState.PUBLISHED.canEdit() && !ArticleState.PUBLISHED.canPublish() && ArticleState.PUBLISHED.canWithdraw());
        assertFalse(ArticleState.WITHDRAWN.canEdit() || ArticleState.WITHDRAWN.canPublish() || ArticleState.WITHDRAWN.canWithdraw());
    }

    @Test
    void aGivenPublicationDateIsKept() {
        Article a = Article.draft(new ArticleText(ArticleCategory.POLICY, "Rules", null, "<p>x</p>", "Office", "No. 1",
                LocalDate.of(2020, 3, 25)), "operator01", NOW);
        a.publish("operator01", NOW, TODAY);
        assertEquals(LocalDate.of(2020, 3, 25), a.getPublicationDate());
    }

    @Test
    void textsAreCheckedAndStripped() {
        assertEquals("article.error.categoryRequired", key(() -> Article.check(new ArticleText(null, "t", null, "<p>x</p>", null, null, null))));
        assertEquals("article.error.titleRequired", key(() -> Article.check(text("   ", "<p>x</p>"))));
        assertEquals("article.error.titleRequired", key(() -> Article.check(text(null, "<p>x</p>"))));
        Article.check(text("t".repeat(200), "<p>x</p>"));
        assertEquals("article.error.titleTooLong", key(() -> Article.check(text("t".repeat(201), "<p>x</p>"))));
        assertEquals("article.error.bodyRequired", key(() -> Article.check(text("t", " "))));
        assertEquals("article.error.bodyTooLong", key(() -> Article.check(text("t", "x".repeat(Article.BODY_LENGTH + 1)))));
        assertEquals("article.error.summaryTooLong", key(() -> Article.check(new ArticleText(ArticleCategory.GUIDE, "t",
                "s".repeat(501), "<p>x</p>", null, null, null))));
        assertEquals("article.error.sourceTooLong", key(() -> Article.check(new ArticleText(ArticleCategory.GUIDE, "t",
                null, "<p>x</p>", "s".repeat(201), null, null))));
        assertEquals("article.error.docNumberTooLong", key(() -> Article.check(new ArticleText(ArticleCategory.GUIDE, "t",
                null, "<p>x</p>", null, "n".repeat(101), null))));
        assertEquals("article.error.date", key(() -> Article.check(new ArticleText(ArticleCategory.GUIDE, "t",
                null, "<p>x</p>", null, null, LocalDate.of(3000, 1, 1)))));
        Article a = Article.draft(new ArticleText(ArticleCategory.GUIDE, "  Title  ", "  ", "<p>x</p>", " ", null, null),
                "operator01", NOW);
        assertEquals("Title", a.getTitle());
        assertNull(a.getSummary(), "blank optional texts are none");
        assertNull(a.getSource());
    }

    @Test
    void attachmentsAreCountedAndRemovedByFile() {
        Article a = draft();
        for (int i = 0; i < Article.MAX_ATTACHMENTS; i++) {
            a.attach(new ArticleAttachment(100 + i, "f" + i + ".pdf", "0".repeat(64)), "operator01", NOW);
        }
        assertEquals("article.error.tooManyAttachments",
                key(() -> a.attach(new ArticleAttachment(999, "x.pdf", "0".repeat(64)), "operator01", NOW)));
        assertTrue(a.hasAttachment(105));
        a.detach(105, "operator01", NOW);
        assertFalse(a.hasAttachment(105));
        assertEquals("article.error.attachmentNotFound", key(() -> a.detach(105, "operator01", NOW)));
    }

    @Test
    void aCategoryIsReadFromARequestWithoutErrors() {
        assertEquals(ArticleCategory.GUIDE, ArticleCategory.parse("guide").orElseThrow());
        assertTrue(ArticleCategory.parse("<script>").isEmpty());
        assertTrue(ArticleCategory.parse(null).isEmpty());
    }
}
