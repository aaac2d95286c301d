package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkListSource;
import org.zjcs.shared.worklist.WorkRole;

/**
 * Work-list items of procurement: an owner unit's drafts waiting to be published (nothing is due; newest first); for a
 * member who is not the unit admin only the drafts it wrote.
 */
@ApplicationScoped
@Transactional
public class NoticeWorkSource implements WorkListSource {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public WorkList itemsFor(WorkActor a) {
        if (a.role() != WorkRole.OWNER) {
            return WorkList.EMPTY;
        }
        return new WorkList.Builder().add(Rows.read(em, WorkListService.LIMIT + 1, "SELECT id, title, updated_at FROM notice "
                        + "WHERE owner_id = ? AND status = 'DRAFT' AND (? = 0 OR created_by_user = ?) ORDER BY id DESC",
                        a.organisationId(), a.draftedBy(), a.draftedBy()),
                r -> WorkItem.info("work.kind.draft", Rows.notice(r[0], r[1]), "work.state.draft",
                        List.of(Rows.minutes(Rows.instant(r[2]))), "/owner/notice-edit.xhtml?id=" + Rows.number(r[0])),
                "work.more.owner.notices", "/owner/notices.xhtml").build();
    }
}
