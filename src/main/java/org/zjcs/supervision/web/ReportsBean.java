package org.zjcs.supervision.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.UploadList;
import org.zjcs.supervision.application.ComplaintFiling;
import org.zjcs.supervision.application.ComplaintQueries;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.ReportTopic;
import org.zjcs.supervision.domain.TargetKind;

/**
 * Backing bean of account/reports.xhtml (every logged-in role): the report form, the firm's complaint form (reached
 * with {@code ?objection=} from its rejected objection on the notice page), the organisation's own complaints and
 * reports (keyset pages) and one of them ({@code ?id=}) with its state and answer, withdrawn while open.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintFiling filing;

    @Inject
    ComplaintQueries queries;

    @Inject
    HeldFiles held;

    private Long id;
    private Long objectionId;
    private Long noticeId;
    private String after;
    private String before;
    private String targetKind;
    private String target;
    private String topic;
    private String text;
    private final UploadList evidence = new UploadList(Complaint.MAX_FILES);
    private final PerRequest<KeysetPage<Complaint>> page = new PerRequest<>();
    private final PerRequest<List<SelectItem>> organisations = new PerRequest<>();

    public KeysetPage<Complaint> getPage() {
        return page.get(() -> queries.mine(after, before));
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

    /** The item of {@code ?id=}: the organisation's own, else null (the page says it is not found). */
    public Complaint getSelected() {
        if (id == null) {
            return null;
        }
        try {
            return queries.own(id);
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

    /** The firm files its complaint about the objection of {@code ?objection=}. */
    public void complain() {
        act(() -> evidence.submit(held, files -> filing.complain(objectionId, text, files)),
                "complaint.filed");
    }

    /** A report against the chosen target (a notice by its number, or an organisation of the list). */
    public void report() {
        act(() -> evidence.submit(held, files -> filing.report(targetKind, targetId(), topic, text, files)), "report.filed");
    }

    public void withdraw() {
        act(() -> filing.withdraw(id == null ? -1 : id), "complaint.withdrawn");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            text = null;
            target = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
        }
    }

    private Long targetId() {
        if (target == null || target.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(target.trim());
        } catch (NumberFormatException e) {
            throw new DomainException("report.error.noTarget");
        }
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public List<ReportTopic> getTopics() {
        return List.of(ReportTopic.FORCED_DESIGNATION, ReportTopic.EXTRA_FEES, ReportTopic.OTHER);
    }

    /** The organisations a report may name, grouped by kind (labels are the bundles' target kinds). */
    public List<SelectItem> getOrganisations() {
        return organisations.get(this::readOrganisations);
    }

    private List<SelectItem> readOrganisations() {
        List<SelectItem> groups = new ArrayList<>();
        for (TargetKind k : List.of(TargetKind.FIRM, TargetKind.OWNER, TargetKind.DEPARTMENT)) {
            List<Organisation> orgs = queries.targetChoices(k);
            SelectItem[] items = orgs.stream().map(o -> new SelectItem(String.valueOf(o.getId()), o.getName()))
                    .toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(Messages.text("report.target." + k.name()), null, false, items));
        }
        return groups;
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

    public Long getObjectionId() {
        return objectionId;
    }

    public void setObjectionId(Long objectionId) {
        this.objectionId = objectionId;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    /** {@code ?notice=}: a report against that notice (from the notice page). */
    public void setNoticeId(Long noticeId) {
        this.noticeId = noticeId;
        if (noticeId != null && targetKind == null) {
            targetKind = TargetKind.NOTICE.name();
            target = String.valueOf(noticeId);
        }
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

    public String getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(String targetKind) {
        this.targetKind = targetKind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    /** The organisation chosen in the list (the same field as the notice number, by kind). */
    public String getOrganisation() {
        return TargetKind.NOTICE.name().equals(targetKind) ? null : target;
    }

    public void setOrganisation(String organisation) {
        if (!TargetKind.NOTICE.name().equals(targetKind)) {
            target = organisation;
        }
    }

    /** The notice number typed in (used when the target kind is a notice). */
    public String getNoticeNumber() {
        return TargetKind.NOTICE.name().equals(targetKind) ? target : null;
    }

    public void setNoticeNumber(String number) {
        if (TargetKind.NOTICE.name().equals(targetKind)) {
            target = number;
        }
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
