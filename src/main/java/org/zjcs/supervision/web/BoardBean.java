package org.zjcs.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.web.ExportRequestBean;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.web.QueryString;
import org.zjcs.supervision.application.BoardAccess;
import org.zjcs.supervision.application.BoardCountsExportSource;
import org.zjcs.supervision.application.BoardItemsExportSource;
import org.zjcs.supervision.application.BoardQueries;
import org.zjcs.supervision.application.BoardQueries.CountRow;
import org.zjcs.supervision.application.BoardQueries.ItemRow;
import org.zjcs.supervision.application.BoardScope;
import org.zjcs.supervision.application.BoardStatistics;
import org.zjcs.supervision.application.BoardStatistics.TrendRow;
import org.zjcs.supervision.domain.BoardDimension;
import org.zjcs.supervision.domain.BoardFilter;
import org.zjcs.supervision.domain.BoardPeriod;
import org.zjcs.supervision.domain.Granularity;
import org.zjcs.supervision.domain.StepTime;

/**
 * Backing bean of the board (电子监察) pages regulator/board.xhtml, approval/board.xhtml and operator/board.xhtml (one
 * include): a GET page whose parameters are the filter, the dimension, the period and the list cursor. The scope is
 * the service's (from the Guard); bad parameters show their message instead of the figures.
 */
@Named
@RequestScoped
public class BoardBean {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Inject
    BoardQueries queries;

    @Inject
    BoardStatistics statistics;

    @Inject
    BoardAccess access;

    @Inject
    LocaleBean locale;

    @Inject
    ExportRequestBean exportRequest;

    private String dim;
    private String kind;
    private String party;
    private String value;
    private String state;
    private String from;
    private String to;
    private String gran;
    private String after;
    private String before;

    private boolean valid;
    private boolean loaded;
    private BoardFilter filter;
    private BoardDimension dimension;
    private BoardPeriod period;
    private Granularity granularity;
    private List<CountRow> counts;
    private CountRow totals;
    private KeysetPage<ItemRow> items;
    private List<StepTime> stepTimes;
    private List<TrendRow> trends;

    /** f:viewAction: read and check the parameters, then the figures (a bad parameter: its message, no figures). */
    public void load() {
        loaded = true;
        try {
            filter = BoardFilter.of(kind, party, dim, value, state);
            dimension = BoardDimension.parse(dim, BoardDimension.DEPARTMENT);
            period = access.period(from, to);
            granularity = Granularity.parse(gran);
            boolean en = english();
            totals = queries.totals(filter);
            counts = queries.counts(dimension, new BoardFilter(filter.kind(), filter.partyType(), null, null,
                    BoardFilter.State.OPEN), en);
            items = queries.items(filter, after, before, en);
            stepTimes = statistics.stepTimes(period, false);
            trends = statistics.trends(period, granularity, filter, false);
            valid = true;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /**
     * The export button (`export.button`) beside the list: queues the list's export with the page's filters (the view parameters,
     * kept over the postback) and opens 我的导出; a refusal shows its message on the board, figures and all.
     */
    public String exportItems() {
        return export(BoardItemsExportSource.KIND, exportFilters(true));
    }

    /** The same for the counts table (its dimension, kind and party). */
    public String exportCounts() {
        return export(BoardCountsExportSource.KIND, exportFilters(false));
    }

    private String export(String exportKind, Map<String, String> filters) {
        String outcome = exportRequest.queue(exportKind, filters);
        if (outcome == null) {
            load();
        }
        return outcome;
    }

    /** The page's filters, by the names the page uses (the export checks them as the board does). */
    Map<String, String> exportFilters(boolean list) {
        Map<String, String> m = new HashMap<>();
        put(m, "kind", kind);
        put(m, "party", party);
        put(m, "dim", dim);
        if (list) {
            put(m, "value", value);
            put(m, "state", state);
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, String v) {
        if (v != null && !v.isBlank()) {
            m.put(key, v);
        }
    }

    private boolean english() {
        return !locale.isChinese();
    }

    public String getScopeLabel() {
        BoardScope s = access.scope();
        return Messages.text(s.messageKey());
    }

    public String kindLabel(String k) {
        return Messages.text("board.kind." + k);
    }

    public String partyLabel(String p) {
        return Messages.text("board.party." + p);
    }

    public String countName(CountRow r) {
        if (r.key() == null) {
            return Messages.text("board.noValue");
        }
        return dimension == BoardDimension.PARTY_TYPE ? partyLabel(r.key()) : r.name();
    }

    /** The list narrowed to one row of the counts (its overdue items when it has any). */
    public String countLink(CountRow r) {
        return "?" + base().add("dim", dimension.name()).add("value", r.key())
                .add("state", r.overdue() > 0 ? BoardFilter.State.OVERDUE.name() : null) + "#board-items";
    }

    private QueryString base() {
        return new QueryString().add("kind", filter.kind()).add("party", filter.partyType()).add("from", from).add("to", to)
                .add("gran", gran);
    }

    private QueryString current() {
        return base().add("dim", dim).add("value", value).add("state", state);
    }

    public String getNextLink() {
        List<ItemRow> rows = getItems();
        return items == null || !items.hasNext() || rows.isEmpty() ? null
                : "?" + current().add("after", BoardQueries.token(rows.get(rows.size() - 1))) + "#board-items";
    }

    public String getPreviousLink() {
        List<ItemRow> rows = getItems();
        return items == null || !items.hasPrevious() || rows.isEmpty() ? null
                : "?" + current().add("before", BoardQueries.token(rows.get(0))) + "#board-items";
    }

    public String getCountsChart() {
        List<CountRow> rows = getCounts().stream().limit(20).toList();
        return BoardCharts.bar(rows.stream().map(this::countName).toList(), List.of(
                new BoardCharts.Series(Messages.text("board.overdue"), BoardCharts.RED, rows.stream().map(CountRow::overdue).toList()),
                new BoardCharts.Series(Messages.text("board.dueSoon"), BoardCharts.AMBER, rows.stream().map(CountRow::dueSoon).toList()),
                new BoardCharts.Series(Messages.text("board.open"), BoardCharts.BLUE, rows.stream().map(CountRow::open).toList())),
                Messages.text("board.chart.items"));
    }

    public String getStepChart() {
        List<StepTime> rows = getStepTimes();
        return BoardCharts.bar(rows.stream().map(s -> kindLabel(s.kind())).toList(), List.of(
                new BoardCharts.Series(Messages.text("board.step.median"), BoardCharts.BLUE, rows.stream().map(StepTime::medianHours).toList()),
                new BoardCharts.Series(Messages.text("board.step.p90"), BoardCharts.AMBER, rows.stream().map(StepTime::p90Hours).toList())),
                Messages.text("board.chart.hours"));
    }

    public String getTrendChart() {
        List<TrendRow> rows = getTrends();
        return BoardCharts.line(rows.stream().map(this::bucket).toList(), List.of(
                new BoardCharts.Series(Messages.text("board.trend.opened"), BoardCharts.BLUE, rows.stream().map(TrendRow::opened).toList()),
                new BoardCharts.Series(Messages.text("board.trend.closed"), BoardCharts.GREEN, rows.stream().map(TrendRow::closed).toList()),
                new BoardCharts.Series(Messages.text("board.trend.closedLate"), BoardCharts.RED, rows.stream().map(TrendRow::closedLate).toList())),
                Messages.text("board.chart.items"));
    }

    public String bucket(TrendRow r) {
        return granularity == Granularity.WEEK ? WEEK.format(r.start()) : MONTH.format(r.start());
    }

    public boolean isValid() {
        return valid;
    }

    /**
     * Whether the figures (and the export buttons) are in the view: after {@link #load}, when it succeeded; before it —
     * while a postback of an export button is decoded, the f:viewAction not having run — always, or the button's form
     * would not be decoded and its action never run.
     */
    public boolean isShown() {
        return loaded ? valid : FacesContext.getCurrentInstance().isPostback();
    }

    /** Whether the list's export button shows: the list has items (or, before {@link #load}, see {@link #isShown}). */
    public boolean isItemsExportable() {
        return !loaded || !getItems().isEmpty();
    }

    /** The same for the counts table's button. */
    public boolean isCountsExportable() {
        return !loaded || !getCounts().isEmpty();
    }

    public List<CountRow> getCounts() {
        return counts == null ? List.of() : counts;
    }

    public CountRow getTotals() {
        return totals;
    }

    public List<ItemRow> getItems() {
        return items == null ? List.of() : items.rows();
    }

    public List<StepTime> getStepTimes() {
        return stepTimes == null ? List.of() : stepTimes;
    }

    public List<TrendRow> getTrends() {
        return trends == null ? List.of() : trends;
    }

    public BoardPeriod getPeriod() {
        return period;
    }

    /** The period's start as typed, else as used (the default). */
    public String getFromShown() {
        return from != null && !from.isBlank() ? from : period == null ? "" : period.from().toString();
    }

    public String getToShown() {
        return to != null && !to.isBlank() ? to : period == null ? "" : period.to().toString();
    }

    public String getDimensionName() {
        return dimension == null ? "" : dimension.name();
    }

    public List<BoardDimension> getDimensions() {
        return List.of(BoardDimension.values());
    }

    public List<String> getKinds() {
        return BoardFilter.KINDS;
    }

    public List<String> getParties() {
        return BoardFilter.PARTIES;
    }

    public List<BoardFilter.State> getStates() {
        return List.of(BoardFilter.State.values());
    }

    public List<Granularity> getGranularities() {
        return List.of(Granularity.values());
    }

    public int getDueSoonHours() {
        return access.dueSoonHours();
    }

    // request parameters

    public String getDim() { return dim; }
    public void setDim(String dim) { this.dim = dim; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getGran() { return gran; }
    public void setGran(String gran) { this.gran = gran; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
    public String getBefore() { return before; }
    public void setBefore(String before) { this.before = before; }
}
