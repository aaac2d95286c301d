package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.portal.domain.Article;
import org.zjcs.shared.change.ChangeLog;

/**
 * The audit entries of articles (object type {@code Article}) and, for a change the public sees (publication, an edit
 * of a published article, its attachments, withdrawal), the change-log row {@code ARTICLE} the search index follows.
 */
@ApplicationScoped
public class ArticleJournal {

    /** The change-log entity of an article (shared.change.ChangeLog). */
    public static final String ENTITY = ChangeLog.ARTICLE;

    @Inject
    AuditService audit;

    @Inject
    ChangeLog changeLog;

    public void record(String action, Article a, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", a.getState().name());
        details.put("category", a.getCategory().name());
        details.put("title", a.getTitle());
        details.put("version", a.getVersion());
        details.putAll(extra);
        audit.record(action, "Article", String.valueOf(a.getId()), details);
    }

    /** Records {@code action} and, when the public copy changed ({@code publicChange}), the change-log row. */
    public void record(String action, Article a, Map<String, Object> extra, boolean publicChange) {
        record(action, a, extra);
        if (publicChange) {
            changeLog.record(ENTITY, a.getId());
        }
    }
}
