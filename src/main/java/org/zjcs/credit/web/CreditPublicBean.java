package org.zjcs.credit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditParties;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.credit.web.CreditViews.EventView;
import org.zjcs.shared.settings.SettingsService;

/**
 * The public credit pages (信用公示 credit.xhtml, a firm's firm-credit.xhtml) and the score and level other contexts'
 * pages show through EL ({@code #{creditPublicBean.standing(id)}}): the firm context does not import credit.
 */
@Named
@RequestScoped
public class CreditPublicBean {

    @Inject
    CreditListService lists;

    @Inject
    CreditParties parties;

    @Inject
    CreditService credit;

    @Inject
    CreditViews views;

    @Inject
    SettingsService settings;

    /**
     * The 信用公示 page shows the newest entries of each list, at most this many: a province's lists grow for years,
     * and a page rendering all of them gets slower with each entry; any firm's whole record is on its credit page.
     */
    static final int PUBLIC_LIMIT = 200;

    private final Map<Long, CreditStanding> standings = new HashMap<>();
    private Map<ListKind, List<EntryView>> byKind;
    private Long id;
    private List<EntryView> entries;
    private List<EventView> events;

    /** Reads the standings of a page's firms in one query (a list then asks {@link #standing} per row); renders nothing. */
    public String prefetch(java.util.Collection<Long> firmIds) {
        List<Long> missing = firmIds.stream().filter(id -> !standings.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            standings.putAll(credit.standings(missing));
        }
        return "";
    }

    /** A firm's score and level (cached for the request). */
    public CreditStanding standing(long firmId) {
        return standings.computeIfAbsent(firmId, credit::standing);
    }

    /** Called by f:viewAction of firm-credit.xhtml; anything but a firm answers 404. */
    public void load() throws IOException {
        if (id == null || !parties.isFirm(id)) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.responseComplete();
            fc.getExternalContext().responseSendError(404, "");
        }
    }

    private List<EntryView> ofKind(ListKind kind) {
        if (byKind == null) {
            byKind = new HashMap<>();
        }
        return byKind.computeIfAbsent(kind, k -> views.entries(lists.latestEntries(k, PUBLIC_LIMIT)));
    }

    /** Whether the page shows only the newest {@link #PUBLIC_LIMIT} entries of the red list (there may be more). */
    public boolean isRedTruncated() {
        return ofKind(ListKind.RED).size() >= PUBLIC_LIMIT;
    }

    public boolean isBlackTruncated() {
        return ofKind(ListKind.BLACK).size() >= PUBLIC_LIMIT;
    }

    public int getPublicLimit() {
        return PUBLIC_LIMIT;
    }

    public List<EntryView> getRedCurrent() {
        return ofKind(ListKind.RED).stream().filter(e -> !e.isOver()).toList();
    }

    public List<EntryView> getRedEnded() {
        return ofKind(ListKind.RED).stream().filter(EntryView::isOver).toList();
    }

    public List<EntryView> getBlackCurrent() {
        return ofKind(ListKind.BLACK).stream().filter(e -> !e.isOver()).toList();
    }

    public List<EntryView> getBlackEnded() {
        return ofKind(ListKind.BLACK).stream().filter(EntryView::isOver).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirmName() {
        return views.firmName(id);
    }

    public CreditStanding getStanding() {
        return standing(id);
    }

    public int getStartScore() {
        return settings.intValue(CreditService.START, 100);
    }

    public List<EntryView> getEntries() {
        if (entries == null) {
            entries = views.entries(lists.entriesOf(id));
        }
        return entries;
    }

    public List<EventView> getEvents() {
        if (events == null) {
            events = views.events(id);
        }
        return events;
    }
}
