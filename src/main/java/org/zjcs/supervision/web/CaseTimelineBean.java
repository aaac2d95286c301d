package org.zjcs.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.supervision.application.CaseTimelineService;
import org.zjcs.supervision.application.CaseTimelineService.CaseTimeline;

/**
 * Backing bean of approval/timeline.xhtml: the timeline of the approval staff's department's case(s) with the number
 * or investment project code given in the request parameter {@code q} (a plain GET, so that a timeline can be linked).
 */
@Named
@RequestScoped
public class CaseTimelineBean {

    @Inject
    CaseTimelineService timelines;

    private String q;
    private List<CaseRow> results;

    /** A case and its steps, for the page (EL reads getters, not record components). */
    public static final class CaseRow {
        private final ApprovalCase approvalCase;
        private final List<Long> noticeIds;
        private final List<EntryRow> entries;

        CaseRow(CaseTimeline t) {
            this.approvalCase = t.approvalCase();
            this.noticeIds = t.noticeIds();
            this.entries = t.entries().stream().map(EntryRow::new).toList();
        }

        public ApprovalCase getApprovalCase() {
            return approvalCase;
        }

        public List<Long> getNoticeIds() {
            return noticeIds;
        }

        public List<EntryRow> getEntries() {
            return entries;
        }
    }

    /** One step, its text formatted in the reader's language. */
    public static final class EntryRow {
        private final TimelineEntry entry;

        EntryRow(TimelineEntry entry) {
            this.entry = entry;
        }

        public Instant getAt() {
            return entry.at();
        }

        public long getNoticeId() {
            return entry.noticeId();
        }

        public String getKind() {
            return entry.kind();
        }

        public String getText() {
            return Messages.text(entry.textKey(), entry.args().toArray());
        }

        public String getActor() {
            return entry.actor();
        }

        public List<LinkRow> getLinks() {
            return entry.links().stream().map(LinkRow::new).toList();
        }
    }

    /** A link of a step. */
    public static final class LinkRow {
        private final TimelineEntry.Link link;

        LinkRow(TimelineEntry.Link link) {
            this.link = link;
        }

        public String getLabel() {
            return Messages.text(link.labelKey());
        }

        public String getPath() {
            return link.path();
        }
    }

    /** The cases found; empty without a search. */
    public List<CaseRow> getResults() {
        if (results == null) {
            results = !isSearched() ? List.of() : timelines.timeline(q).stream().map(CaseRow::new).toList();
        }
        return results;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
