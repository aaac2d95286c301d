package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.time.DateText;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.UploadList;
import org.zjcs.supervision.application.ComplaintAnswers;
import org.zjcs.supervision.application.ComplaintQueries;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.Consequence;
import org.zjcs.supervision.domain.Finding;

/**
 * Backing bean of regulator/complaints.xhtml: the complaints and reports routed to the regulator's organisation (open
 * ones unless {@code ?all=true}; keyset pages), one of them ({@code ?id=}) taken up and answered with a finding and,
 * against a firm, a credit event or a black-list entry.
 */
@Named
@ViewScoped
public class ComplaintQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintQueries queries;

    @Inject
    ComplaintAnswers answers;

    @Inject
    HeldFiles held;

    private Long id;
    private boolean all;
    private String after;
    private String before;
    private String finding;
    private String answer;
    private String consequence = Consequence.NONE.name();
    private String legalBasis;
    private String endDate;
    private final UploadList evidence = new UploadList(5);
    private final PerRequest<KeysetPage<Complaint>> page = new PerRequest<>();

    public KeysetPage<Complaint> getPage() {
        return page.get(() -> queries.queue(!all, after, before));
    }

    /** The page's rows (EL reads no record accessors). */
    public List<Complaint> getRows() {
        return getPage().rows();
    }

    public String getNextToken() {
        return getPage().nextToken(ComplaintQueries::token);
    }

    public String getPreviousToken() {
        return getPage().previousToken(ComplaintQueries::token);
    }

    public Complaint getSelected() {
        if (id == null) {
            return null;
        }
        try {
            return queries.item(id);
        } catch (DomainException e) {
            return null;
        }
    }

    public boolean overdue(Complaint c) {
        return c.isOverdueAt(queries.now());
    }

    public String targetName(Complaint c) {
        return queries.targetName(c);
    }

    public String reporterName(Complaint c) {
        return queries.reporterName(c);
    }

    public void review() {
        try {
            answers.review(id == null ? -1 : id);
            Messages.info("complaint.reviewing");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
        }
    }

    public void answer() {
        try {
            evidence.submit(held, files -> answers.answer(id == null ? -1 : id, finding, answer, consequence, legalBasis,
                    DateText.parseOrNull(endDate), files));
            Messages.info("complaint.answered");
            answer = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
        }
    }

    public Finding[] getFindings() {
        return Finding.values();
    }

    public Consequence[] getConsequences() {
        return Consequence.values();
    }

    public UploadList getEvidence() {
        return evidence;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
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

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getConsequence() {
        return consequence;
    }

    public void setConsequence(String consequence) {
        this.consequence = consequence;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }
}
