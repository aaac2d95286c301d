package org.zjcs.supervision.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.supervision.application.BulletinDrafting;
import org.zjcs.supervision.application.BulletinDrafting.UnitRef;
import org.zjcs.supervision.application.MonthRanking;
import org.zjcs.supervision.application.Rankings;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.RankedUnit;
import org.zjcs.supervision.domain.RankingKind;

/**
 * Backing bean of regulator/rankings.xhtml: a month's three rankings ({@code ?month=YYYY-MM}, last month by default),
 * each as a table with its bar chart (Chart.js through PrimeFaces' p:chart, the model built here), and the form that
 * drafts a 通报 naming the units ticked among those that missed limits.
 */
@Named
@ViewScoped
public class RankingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bars per chart (the table beside lists every unit). */
    static final int CHART_BARS = 15;

    @Inject
    Rankings rankings;

    @Inject
    BulletinDrafting drafting;

    private String month;
    private String title;
    private String body;
    private String error;
    private final PerRequest<MonthRanking> ranking = new PerRequest<>();

    public MonthRanking getRanking() {
        return ranking.get(() -> {
            try {
                error = null;
                return rankings.month(getMonth());
            } catch (DomainException e) {
                error = Messages.text(e.messageKey(), e.args());
                return null;
            }
        });
    }

    public String getError() {
        getRanking();
        return error;
    }

    public List<RankedUnit> rows(String kind) {
        MonthRanking m = getRanking();
        return m == null ? List.of() : m.of(RankingKind.valueOf(kind));
    }

    public boolean getAnyMissed() {
        MonthRanking m = getRanking();
        return m != null && !m.missed().isEmpty();
    }

    /** The check box value of a unit. */
    public String token(RankedUnit r) {
        return r.figures().kind().name() + ":" + r.figures().unitId();
    }

    /** The Chart.js model of a ranking: a horizontal bar per ranked unit (its on-time rate), best first. */
    public String chart(String kind) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        JsonArrayBuilder overdue = Json.createArrayBuilder();
        rows(kind).stream().filter(r -> !r.tooFew()).limit(CHART_BARS).forEach(r -> {
            labels.add(r.rank() + ". " + r.figures().name());
            rates.add(r.figures().onTimePermille() / 10.0);
            overdue.add(r.figures().overdueAtEnd());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("rank.col.onTimeRate"))
                                        .add("data", rates).add("backgroundColor", "#2f6f4f").add("xAxisID", "x"))
                                .add(Json.createObjectBuilder().add("label", Messages.text("rank.col.overdueAtEnd"))
                                        .add("data", overdue).add("backgroundColor", "#c0392b").add("xAxisID", "x2"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100).add("position", "bottom"))
                                .add("x2", Json.createObjectBuilder().add("min", 0).add("position", "top")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build().toString();
    }

    /** The chart's height: room for its bars. */
    public int chartHeight(String kind) {
        long bars = rows(kind).stream().filter(r -> !r.tooFew()).limit(CHART_BARS).count();
        return (int) Math.max(120, 60 + bars * 34);
    }

    public boolean hasChart(String kind) {
        return rows(kind).stream().anyMatch(r -> !r.tooFew());
    }

    /** Drafts a 通报 naming the ticked units, then opens it for editing. */
    public String draft() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("unit");
        try {
            List<UnitRef> units = new ArrayList<>();
            for (String t : ticked == null ? new String[0] : ticked) {
                units.add(UnitRef.parse(t));
            }
            Bulletin b = drafting.draft(getMonth(), getTitle(), getBody(), units);
            return "/regulator/bulletins.xhtml?faces-redirect=true&drafted=true&id=" + b.getId();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return null;
        } finally {
            ranking.reset();
        }
    }

    public String getMonth() {
        if (month == null || month.isBlank()) {
            month = rankings.lastMonth().toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getTitle() {
        if (title == null) {
            title = Messages.text("rank.bulletin.defaultTitle", getMonth());
        }
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        if (body == null) {
            body = Messages.text("rank.bulletin.defaultBody", getMonth());
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getTitleLength() {
        return Bulletin.TITLE_LENGTH;
    }

    public int getBodyLength() {
        return Bulletin.BODY_LENGTH;
    }
}
