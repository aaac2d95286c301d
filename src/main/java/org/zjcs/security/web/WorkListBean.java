package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.zjcs.security.application.WorkLists;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkRole;

/**
 * Backing bean of the three work-list pages (firm/work.xhtml, owner/work.xhtml, approval/work.xhtml, through
 * WEB-INF/includes/work-list.xhtml): the page names its role ({@code #{workListBean.of('FIRM')}}); the list is read
 * once per request, for the logged-in account's own organisation.
 */
@Named
@RequestScoped
public class WorkListBean {

    @Inject
    WorkLists lists;

    @Inject
    LocaleBean locale;

    private WorkList list;

    /** The page's list (read once per request). */
    public WorkList of(String role) {
        if (list == null) {
            list = lists.mine(WorkRole.valueOf(role), locale.getLocale());
        }
        return list;
    }

    public List<Row> rows(String role) {
        return of(role).items().stream().map(Row::new).toList();
    }

    public List<MoreRow> more(String role) {
        return of(role).more().stream().map(MoreRow::new).toList();
    }

    /** One item as the page shows it, its texts in the reader's language. */
    public static final class Row {
        private final WorkItem item;

        Row(WorkItem item) {
            this.item = item;
        }

        public String getKind() {
            return Messages.text(item.kindKey());
        }

        public String getKindKey() {
            return item.kindKey();
        }

        public String getSubject() {
            return item.subject();
        }

        public String getState() {
            return Messages.text(item.stateKey(), item.stateArgs().toArray());
        }

        public String getStateKey() {
            return item.stateKey();
        }

        public Instant getDueAt() {
            return item.dueAt();
        }

        public String getDueLabel() {
            return item.dueKey() == null ? "" : Messages.text(item.dueKey());
        }

        public boolean isOverdue() {
            return item.overdue();
        }

        public String getLink() {
            return item.link();
        }
    }

    /** A link to a full list. */
    public static final class MoreRow {
        private final WorkList.More more;

        MoreRow(WorkList.More more) {
            this.more = more;
        }

        public String getLabel() {
            return Messages.text(more.labelKey());
        }

        public String getLink() {
            return more.link();
        }
    }
}
