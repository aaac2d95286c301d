package org.zjcs.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.application.BulletinQueries;
import org.zjcs.supervision.domain.Bulletin;

/**
 * Backing bean of the public bulletins.xhtml (the published 通报, keyset links) and bulletin.xhtml?id= (one published
 * or withdrawn 通报; a withdrawn one shows its reason). Plain GET pages: no login, no JavaScript needed.
 */
@Named
@RequestScoped
public class PublicBulletinsBean {

    @Inject
    BulletinQueries queries;

    private Long id;
    private String after;
    private String before;
    private KeysetPage<Bulletin> page;
    private Bulletin bulletin;
    private boolean looked;

    public KeysetPage<Bulletin> getPage() {
        if (page == null) {
            page = queries.published(after, before);
        }
        return page;
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

    public Bulletin getBulletin() {
        if (!looked) {
            looked = true;
            try {
                bulletin = id == null ? null : queries.publicItem(id);
            } catch (DomainException e) {
                bulletin = null;
            }
        }
        return bulletin;
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
}
