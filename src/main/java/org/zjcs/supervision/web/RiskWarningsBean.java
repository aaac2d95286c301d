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
import org.zjcs.supervision.application.EvidenceJson;
import org.zjcs.supervision.application.RiskScan;
import org.zjcs.supervision.application.RiskWarnings;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.RiskWarningState;
import org.zjcs.supervision.domain.risk.Evidence;
import org.zjcs.supervision.domain.risk.RiskRule;

/**
 * Backing bean of regulator/risks.xhtml: the risk warnings (keyset pages, filtered by {@code ?rule=} and
 * {@code ?state=}), one of them ({@code ?id=}) with its evidence as figures and a table, marking it checked with a note,
 * and "scan now".
 */
@Named
@ViewScoped
public class RiskWarningsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskWarnings warnings;

    @Inject
    RiskScan scan;

    private Long id;
    private String rule;
    private String state;
    private String after;
    private String before;
    private String note;
    private final PerRequest<KeysetPage<RiskWarning>> page = new PerRequest<>();

    public KeysetPage<RiskWarning> getPage() {
        return page.get(() -> {
            try {
                return warnings.page(rule, state, after, before);
            } catch (DomainException e) {
                Messages.error(e.messageKey(), e.args());
                return new KeysetPage<>(List.of(), false, false);
            }
        });
    }

    public List<RiskWarning> getRows() {
        return getPage().rows();
    }

    public String getNextToken() {
        List<RiskWarning> rows = getPage().rows();
        return getPage().hasNext() && !rows.isEmpty() ? RiskWarnings.token(rows.get(rows.size() - 1)) : null;
    }

    public String getPreviousToken() {
        List<RiskWarning> rows = getPage().rows();
        return getPage().hasPrevious() && !rows.isEmpty() ? RiskWarnings.token(rows.get(0)) : null;
    }

    /** The filter as query text for the paging links (empty or starting with {@code &}). */
    public String getFilterQuery() {
        StringBuilder q = new StringBuilder();
        if (rule != null && !rule.isBlank()) {
            q.append("&rule=").append(rule.strip());
        }
        if (state != null && !state.isBlank()) {
            q.append("&state=").append(state.strip());
        }
        return q.toString();
    }

    /** The list's filters, for its export button (`export.button`) (RISK_WARNINGS). */
    public java.util.Map<String, String> getExportFilters() {
        java.util.Map<String, String> f = new java.util.HashMap<>();
        f.put("rule", rule);
        f.put("state", state);
        return f;
    }

    public RiskWarning getSelected() {
        if (id == null) {
            return null;
        }
        try {
            return warnings.item(id);
        } catch (DomainException e) {
            return null;
        }
    }

    /** The evidence of a warning, read from its JSON text. */
    public Evidence evidence(RiskWarning w) {
        return EvidenceJson.read(w.getEvidence());
    }

    /** One figure of the evidence (EL reads getters). */
    public static final class Figure implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String value;

        Figure(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }
    }

    /** The figures in order. */
    public List<Figure> figures(RiskWarning w) {
        return evidence(w).figures().entrySet().stream().map(e -> new Figure(e.getKey(), e.getValue())).toList();
    }

    public void scanNow() {
        try {
            RiskScan.Result r = scan.scanNow();
            Messages.info("risk.scanned", r.found(), r.raised(), r.refreshed());
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
        }
    }

    public void check() {
        try {
            warnings.check(id == null ? -1 : id, note);
            Messages.info("risk.checked");
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            page.reset();
        }
    }

    public RiskRule[] getRules() {
        return RiskRule.values();
    }

    public RiskWarningState[] getStates() {
        return RiskWarningState.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
