package org.zjcs.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.zjcs.security.application.SettingsAdministration;
import org.zjcs.security.application.SettingsAdministration.Overview;
import org.zjcs.security.application.SettingsAdministration.SettingView;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.settings.SettingGroup;

/**
 * Backing bean of operator/settings.xhtml: every setting by group, and the edit dialog (change, reset to default).
 * The dialog posts the setting's key and the version it showed, so a value changed meanwhile is refused.
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsAdministration administration;

    /** The settings of one page section. */
    public record Group(SettingGroup group, List<SettingView> settings) {
    }

    private transient Overview overview;
    private transient SettingView selected;
    private String key;
    private Long version;
    private String value;

    private Overview overview() {
        if (overview == null) {
            overview = administration.overview();
        }
        return overview;
    }

    public List<Group> getGroups() {
        Map<SettingGroup, List<SettingView>> byGroup = new LinkedHashMap<>();
        for (SettingView s : overview().settings()) {
            byGroup.computeIfAbsent(s.definition().group(), g -> new ArrayList<>()).add(s);
        }
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public List<SettingsAdministration.UndefinedSetting> getUndefined() {
        return overview().undefined();
    }

    /** Opens the dialog on {@code settingKey}, with its current value. */
    public void edit(String settingKey) {
        try {
            selected = administration.view(settingKey);
            key = settingKey;
            version = selected.version();
            value = selected.value();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void save() {
        try {
            String stored = administration.change(key, value, version == null ? SettingsAdministration.NO_ROW : version);
            done("setting.saved", stored);
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void reset() {
        try {
            String stored = administration.reset(key, version == null ? SettingsAdministration.NO_ROW : version);
            done("setting.resetDone", stored);
        } catch (DomainException e) {
            refused(e);
        }
    }

    private void done(String messageKey, String stored) {
        SettingView now = administration.view(key);
        Messages.info(messageKey, new DomainException.Label(now.definition().nameKey()), stored);
        overview = null;
        selected = null;
        key = null;
        version = null;
        value = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    /** Shows why; after "changed meanwhile" the dialog shows the new current value (saving again replaces it). */
    private void refused(DomainException e) {
        Messages.error(e.messageKey(), e.args());
        if ("setting.error.changedMeanwhile".equals(e.messageKey())) {
            selected = administration.view(key);
            version = selected.version();
            overview = null;
        }
    }

    /** The setting the dialog is open on, or null. */
    public SettingView getSelected() {
        if (selected == null && key != null) {
            try {
                selected = administration.view(key);
            } catch (DomainException e) {
                return null;
            }
        }
        return selected;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
