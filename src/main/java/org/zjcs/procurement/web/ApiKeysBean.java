package org.zjcs.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.procurement.application.ApiKeyService;
import org.zjcs.procurement.domain.DepartmentApiKey;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of operator/api-keys.xhtml: the departments' API keys, issuing one (the key is shown in the dialog
 * this once and kept in this view only until the dialog is closed) and revoking one.
 */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    AccountService accounts;

    private Long departmentId;
    private String label;
    private String issuedKey;
    private String issuedDepartment;

    /** One key as the list shows it (EL reads getters, not records). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String department;
        private final String label;
        private final Instant createdAt;
        private final String createdBy;
        private final Instant revokedAt;

        Row(DepartmentApiKey k, String department) {
            this.id = k.getId();
            this.department = department;
            this.label = k.getLabel();
            this.createdAt = k.getCreatedAt();
            this.createdBy = k.getCreatedBy();
            this.revokedAt = k.getRevokedAt();
        }

        public long getId() {
            return id;
        }

        public String getDepartment() {
            return department;
        }

        public String getLabel() {
            return label;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public Instant getRevokedAt() {
            return revokedAt;
        }

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    public List<Row> getKeys() {
        Map<Long, String> names = new HashMap<>();
        return apiKeys.allKeys().stream()
                .map(k -> new Row(k, names.computeIfAbsent(k.getDepartmentId(), id -> accounts.organisation(id).getName())))
                .toList();
    }

    public List<Organisation> getDepartments() {
        return apiKeys.departments();
    }

    /** Opens the issue dialog afresh. */
    public void prepare() {
        departmentId = null;
        label = null;
        issuedKey = null;
        issuedDepartment = null;
    }

    public void issue() {
        try {
            if (departmentId == null) {
                throw new DomainException("apiKey.error.department");
            }
            ApiKeyService.Issued issued = apiKeys.issue(departmentId, label);
            issuedKey = issued.key();
            issuedDepartment = accounts.organisation(departmentId).getName();
            Messages.info("apiKey.issued", issuedDepartment);
        } catch (DomainException e) {
            issuedKey = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** Closing the dialog forgets the key. */
    public void done() {
        prepare();
    }

    public void revoke(long keyId) {
        try {
            DepartmentApiKey k = apiKeys.revoke(keyId);
            Messages.info("apiKey.revokedDone", k.getLabel());
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isIssued() {
        return issuedKey != null;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedDepartment() {
        return issuedDepartment;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
