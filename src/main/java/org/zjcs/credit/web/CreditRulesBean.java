package org.zjcs.credit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.credit.application.CreditRuleTable;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditRuleVersion;

/** Backing bean of the public credit-rules.xhtml: the version in force and every version, newest first. */
@Named
@RequestScoped
public class CreditRulesBean {

    @Inject
    CreditService credit;

    @Inject
    CreditRuleTable rules;

    private RuleTableView inForce;
    private List<RuleTableView> versions;

    public RuleTableView getInForce() {
        if (inForce == null) {
            inForce = new RuleTableView(rules.rulesInForce(), true);
        }
        return inForce;
    }

    /** Every version, newest first (the one in force marked). */
    public List<RuleTableView> getVersions() {
        if (versions == null) {
            int current = getInForce().getVersionNo();
            versions = rules.ruleVersions().stream()
                    .map((CreditRuleVersion v) -> new RuleTableView(v, v.getVersionNo() == current)).toList();
        }
        return versions;
    }

    /** The start score and level thresholds in force (settings), for the explanation. */
    public int getStart() {
        return credit.setting(CreditService.START, 100);
    }

    public int getLevelA() {
        return credit.setting(CreditService.LEVEL_A, 90);
    }

    public int getLevelB() {
        return credit.setting(CreditService.LEVEL_B, 75);
    }

    public int getLevelC() {
        return credit.setting(CreditService.LEVEL_C, 60);
    }
}
