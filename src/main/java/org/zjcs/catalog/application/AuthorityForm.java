package org.zjcs.catalog.application;

import java.util.List;
import java.util.Locale;
import org.zjcs.security.domain.OrganisationDraft;
import org.zjcs.security.domain.OrganisationKind;

/**
 * A department or regulator as the operator's page or REST call gives it: kind (DEPARTMENT or REGULATOR), name, credit
 * code, region code, approval items one per line (a department) and the codes of the overseen service items (a
 * regulator). Checked by {@link #draft} after the caller's role was.
 */
public record AuthorityForm(String kind, String name, String creditCode, String regionCode, String approvalItemLines,
                            List<String> serviceItemCodes) {

    public OrganisationDraft draft() {
        OrganisationKind k;
        try {
            k = kind == null ? null : OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            k = null;
        }
        return OrganisationDraft.of(k, name, creditCode, regionCode, approvalItemLines);
    }

    public List<String> codes() {
        return serviceItemCodes == null ? List.of() : serviceItemCodes;
    }
}
