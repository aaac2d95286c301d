package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.supervision.application.BulletinDrafting;
import org.zjcs.supervision.application.BulletinQueries;
import org.zjcs.supervision.domain.Bulletin;

/**
 * Backing bean of regulator/bulletins.xhtml: the regulator organisation's 通报 (drafts and published; keyset pages),
 * one of them ({@code ?id=}) edited, published or withdrawn.
 */
@Named
@ViewScoped
public class RegulatorBulletinsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulletinQueries queries;

    @Inject
    BulletinDrafting drafting;

    private Long id;
    private String after;
    private String before;
    private String title;
    private String body;
    private String reason;
    private boolean drafted;
    private final PerRequest<KeysetPage<Bulletin>> page = new PerRequest<>();
    private final PerRequest<Bulletin> selected = new PerRequest<>();

    public KeysetPage<Bulletin> getPage() {
        return page.get(() -> queries.mine(after, before));
    }

    public List<Bulletin> getRows() {
        return getPage().rows();
    }

    public String getNextToken() {
        List<Bulletin> rows = getRows();
        return getPage().hasNext() && !rows.isEmpty() ? BulletinQueries.token(rows.get(rows.size() - 1)) : null;
    }

    public String getPreviousToken() {
        List<Bulletin> rows = getRows();
        return getPage().hasPrevious() && !rows.isEmpty() ? BulletinQueries.token(rows.get(0)) : null;
    }

    public Bulletin getSelected() {
        if (id == null) {
            return null;
        }
        return selected.get(() -> {
            try {
                return queries.own(id);
            } catch (DomainException e) {
                return null;
            }
        });
    }

    public void save() {
        act(() -> drafting.edit(id(), title, body, null), "rank.bulletin.saved");
    }

    public void publish() {
        act(() -> drafting.publish(id()), "rank.bulletin.published");
    }

    public void withdraw() {
        act(() -> drafting.withdraw(id(), reason), "rank.bulletin.withdrawn");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            title = null;
            body = null;
            reason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
            selected.reset();
        }
    }

    private long id() {
        return id == null ? -1 : id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getTitle() {
        Bulletin b = getSelected();
        return title == null && b != null ? b.getTitle() : title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        Bulletin b = getSelected();
        return body == null && b != null ? b.getBody() : body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isDrafted() {
        return drafted;
    }

    public void setDrafted(boolean drafted) {
        this.drafted = drafted;
    }

    public int getTitleLength() {
        return Bulletin.TITLE_LENGTH;
    }

    public int getBodyLength() {
        return Bulletin.BODY_LENGTH;
    }
}
