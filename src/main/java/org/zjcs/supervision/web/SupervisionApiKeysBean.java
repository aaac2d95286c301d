package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.supervision.application.SupervisionApiKeys;
import org.zjcs.supervision.domain.SupervisionApiKey;

/**
 * Backing bean of regulator/api-keys.xhtml: the regulator organisation's supervision API keys, issuing one (shown on
 * this page this once) and revoking one.
 */
@Named
@ViewScoped
public class SupervisionApiKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionApiKeys keys;

    private String label;
    private String issuedKey;

    public List<SupervisionApiKey> getKeys() {
        return keys.mine();
    }

    public void issue() {
        try {
            issuedKey = keys.issue(label).key();
            Messages.info("risk.apiKey.issued", label.strip());
            label = null;
        } catch (DomainException e) {
            issuedKey = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void revoke(long keyId) {
        issuedKey = null;
        try {
            SupervisionApiKey k = keys.revoke(keyId);
            Messages.info("risk.apiKey.revokedDone", k.getLabel());
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
