package org.zjcs.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.web.QueryString;
import org.zjcs.supervision.application.CaseTimelineService;

/**
 * Backing bean of regulator/cases.xhtml: every department's approval cases (newest first, or by case-number prefix
 * {@code q}), keyset-paged by links, and the read-only timeline of the case named by {@code case}. Request-scoped GET
 * page (bookmarkable; nothing to submit). Links that lead to a party's own pages or files are left out of the
 * regulator's timeline (the regulator reads, it is not a party).
 */
@Named
@RequestScoped
public class RegulatorCasesBean {

    @Inject
    CaseTimelineService timelines;

    @Inject
    AccountService accounts;

    private String q;
    private String after;
    private String before;
    private String caseNumber;
    private KeysetPage<ApprovalCase> page;
    private Map<Long, Organisation> departments;
    private List<CaseTimelineBean.CaseRow> timeline;

    public KeysetPage<ApprovalCase> getPage() {
        if (page == null) {
            page = timelines.casesForRegulator(q, after, before);
        }
        return page;
    }

    public List<ApprovalCase> getCases() {
        return getPage().rows();
    }

    /** The department's name (all of a page's departments read in one query). */
    public String department(ApprovalCase c) {
        if (departments == null) {
            departments = accounts.organisations(getCases().stream().map(ApprovalCase::getDepartmentId).distinct().toList());
        }
        Organisation o = departments.get(c.getDepartmentId());
        return o == null ? "" : o.getName();
    }

    private boolean byNumber() {
        return q != null && !q.isBlank();
    }

    private KeysetCursor cursor(ApprovalCase c) {
        return new KeysetCursor(byNumber() ? c.getCaseNumber() : "", c.getId());
    }

    public String getNextLink() {
        List<ApprovalCase> rows = getCases();
        return !getPage().hasNext() || rows.isEmpty() ? null
                : "?" + new QueryString().add("q", q).add("after", cursor(rows.get(rows.size() - 1)).encode());
    }

    public String getPreviousLink() {
        List<ApprovalCase> rows = getCases();
        return !getPage().hasPrevious() || rows.isEmpty() ? null
                : "?" + new QueryString().add("q", q).add("before", cursor(rows.get(0)).encode());
    }

    /** Back to the list with the same prefix. */
    public String getListLink() {
        String qs = new QueryString().add("q", q).toString();
        return qs.isEmpty() ? "" : "?" + qs;
    }

    public String timelineLink(ApprovalCase c) {
        return "?" + new QueryString().add("q", q).add("case", c.getCaseNumber());
    }

    /** The opened case's timeline (one element, or none for an unknown number); empty when no case is opened. */
    public List<CaseTimelineBean.CaseRow> getTimeline() {
        if (timeline == null) {
            timeline = !isOpened() ? List.of() : timelines.caseTimelineForRegulator(caseNumber)
                    .map(t -> new CaseTimelineService.CaseTimeline(t.approvalCase(), t.noticeIds(), t.entries().stream()
                            .map(RegulatorCasesBean::readOnly).toList()))
                    .map(CaseTimelineBean.CaseRow::new).stream().toList();
        }
        return timeline;
    }

    /** A step without the links into a party's own pages and files (public links such as the proof stay). */
    static TimelineEntry readOnly(TimelineEntry e) {
        return new TimelineEntry(e.at(), e.noticeId(), e.kind(), e.textKey(), e.args(), e.actor(),
                e.links().stream().filter(l -> !l.path().startsWith("/account/")).toList());
    }

    public boolean isOpened() {
        return caseNumber != null && !caseNumber.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
