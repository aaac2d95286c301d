package org.zjcs.supervision.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.QueryString;
import org.zjcs.supervision.application.EvaluationLedger;
import org.zjcs.supervision.application.EvaluationStatistics;
import org.zjcs.supervision.application.LedgerLine;
import org.zjcs.supervision.domain.LedgerState;
import org.zjcs.supervision.domain.SatisfactionFigures;
import org.zjcs.supervision.domain.StatsDimension;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * What the 好差评 statistics pages share (regulator/evaluations.xhtml, firm/statistics.xhtml,
 * approval/statistics.xhtml): the period and dimension from the query string, the figures of the caller's scope (the
 * services decide the scope from the Guard), the bar chart of the satisfaction rate (a Chart.js configuration built
 * here, its table beside it) and the 差评 ledger's keyset pages. No rules here.
 */
public abstract class EvaluationStatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationStatistics statistics;

    @Inject
    EvaluationLedger ledger;

    @Inject
    LocaleBean locale;

    private String tab;
    private String dimension;
    private String from;
    private String to;
    private Long firm;
    private Long item;
    private String state;
    private String after;
    private String before;
    private final PerRequest<Object[]> figures = new PerRequest<>();
    private final PerRequest<Object[]> lines = new PerRequest<>();

    /** The page's own path (for the links). */
    protected abstract String path();

    public boolean isLedgerTab() {
        return "ledger".equals(tab);
    }

    private StatsPeriod period() {
        boolean given = from != null && !from.isBlank() || to != null && !to.isBlank();
        return given ? statistics.period(from, to) : statistics.defaultPeriod();
    }

    /** {figures or null, error text or null}. */
    private Object[] readFigures() {
        return figures.get(() -> {
            try {
                return new Object[] {statistics.figures(StatsDimension.parse(dimension), period()), null};
            } catch (DomainException e) {
                return new Object[] {List.of(), Messages.text(e.messageKey(), e.args())};
            }
        });
    }

    @SuppressWarnings("unchecked")
    public List<SatisfactionFigures> getFigures() {
        return (List<SatisfactionFigures>) readFigures()[0];
    }

    /** The message of a refused period or dimension (null when the figures were read). */
    public String getError() {
        return (String) (isLedgerTab() ? readLines()[1] : readFigures()[1]);
    }

    private Object[] readLines() {
        return lines.get(() -> {
            try {
                EvaluationLedger.Filter f = new EvaluationLedger.Filter(period(), firm, item, LedgerState.parse(state));
                return new Object[] {ledger.page(f, after, before), null};
            } catch (DomainException e) {
                return new Object[] {new KeysetPage<LedgerLine>(List.of(), false, false), Messages.text(e.messageKey(), e.args())};
            }
        });
    }

    @SuppressWarnings("unchecked")
    public KeysetPage<LedgerLine> getLedger() {
        return (KeysetPage<LedgerLine>) readLines()[0];
    }

    public List<LedgerLine> getLines() {
        return getLedger().rows();
    }

    /** The group's name in the page's language. */
    public String name(SatisfactionFigures f) {
        return f.name(!locale.isChinese());
    }

    /** The bar chart of the satisfaction rate per group (Chart.js configuration as JSON; the table beside it). */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        for (SatisfactionFigures f : getFigures()) {
            labels.add(name(f));
            BigDecimal r = f.satisfactionRate();
            if (r == null) {
                rates.addNull();
            } else {
                rates.add(r);
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("evalstat.satisfaction"))
                                .add("data", rates).add("backgroundColor", "#2f6f9f"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public String getChartLabel() {
        return Messages.text("evalstat.chart.label", Messages.text(StatsDimension.parse(safeDimension()).messageKey()));
    }

    private String safeDimension() {
        try {
            return StatsDimension.parse(dimension).name();
        } catch (DomainException e) {
            return StatsDimension.FIRM.name();
        }
    }

    public StatsDimension[] getDimensions() {
        return StatsDimension.values();
    }

    public LedgerState[] getStates() {
        return LedgerState.values();
    }

    public boolean current(StatsDimension d) {
        return d.name().equals(safeDimension());
    }

    /** The link to the statistics by {@code d}, same period. */
    public String dimensionLink(StatsDimension d) {
        return "?" + new QueryString().add("dimension", d.name()).add("from", from).add("to", to);
    }

    public String getStatsLink() {
        return "?" + new QueryString().add("dimension", dimension).add("from", from).add("to", to);
    }

    /** The ledger's filters as shown, for its export button (`export.button`) (EVALUATION_LEDGER; absent dates: the page's default). */
    public java.util.Map<String, String> getExportFilters() {
        java.util.Map<String, String> f = new java.util.HashMap<>();
        f.put("from", from);
        f.put("to", to);
        f.put("firm", firm == null ? null : firm.toString());
        f.put("item", item == null ? null : item.toString());
        f.put("state", state);
        return f;
    }

    public String getLedgerLink() {
        return "?" + new QueryString().add("tab", "ledger").add("from", from).add("to", to);
    }

    private QueryString ledgerQuery() {
        return new QueryString().add("tab", "ledger").add("from", from).add("to", to)
                .add("firm", firm == null ? null : firm.toString()).add("item", item == null ? null : item.toString())
                .add("state", state);
    }

    public String getNextLink() {
        List<LedgerLine> rows = getLines();
        return !getLedger().hasNext() || rows.isEmpty() ? null
                : "?" + ledgerQuery().add("after", EvaluationLedger.token(rows.get(rows.size() - 1)));
    }

    public String getPreviousLink() {
        List<LedgerLine> rows = getLines();
        return !getLedger().hasPrevious() || rows.isEmpty() ? null
                : "?" + ledgerQuery().add("before", EvaluationLedger.token(rows.get(0)));
    }

    /** The period shown (the default one when none was asked). */
    public String getShownFrom() {
        try {
            return period().from().toString();
        } catch (DomainException e) {
            return from;
        }
    }

    public String getShownTo() {
        try {
            return period().to().toString();
        } catch (DomainException e) {
            return to;
        }
    }

    public String getPath() {
        return path();
    }

    /** Forget the rows read in this request (after a change). */
    protected void reset() {
        figures.reset();
        lines.reset();
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getFirm() {
        return firm;
    }

    public void setFirm(Long firm) {
        this.firm = firm;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
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
