package org.zjcs.supervision.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Formats the rankings' figures on the pages (rankings, 通报). */
@Named
@ApplicationScoped
public class RankFormat {

    /** A per mille figure as a percentage with one decimal ("—" when there is none). */
    public String percent(Integer permille) {
        return permille == null ? "—" : permille / 10 + "." + permille % 10 + "%";
    }
}
