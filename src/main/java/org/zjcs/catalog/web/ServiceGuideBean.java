package org.zjcs.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.GuideStep;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceGuide;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.i18n.QualificationLevels;

/**
 * Backing bean of the public page service.xhtml?code=ZJ001 (服务指南): an item in force of the catalogue with its
 * service guide and the flow diagram of its procedure. An unknown or retired code answers 404. Read from the
 * catalogue cache only.
 */
@Named
@RequestScoped
public class ServiceGuideBean {

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    private String code;
    private ServiceItem item;
    private ServiceGuide guide;

    /** Called by f:viewAction; an unknown or retired code answers 404. */
    public void load() throws IOException {
        item = catalog.cachedItemInForce(code).orElse(null);
        if (item == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.responseComplete();
            fc.getExternalContext().responseSendError(404, "");
            return;
        }
        guide = catalog.cachedGuide(item.getId()).orElse(null);
    }

    public String getName() {
        return locale.isChinese() ? item.getNameZh() : item.getNameEn();
    }

    /** The qualification's name in the reader's language, with "or higher" and the lowest level when there is one. */
    public String requirement(QualificationRequirement r) {
        Map<String, QualificationType> types = catalog.cachedQualificationTypes();
        QualificationType t = types.get(r.getTypeCode());
        String name = t == null ? r.getTypeCode() : (locale.isChinese() ? t.getNameZh() : t.getNameEn());
        return QualificationLevels.requirement(locale.getLocale(), name, r.getMinLevel());
    }

    /** The page's meta description: the item's name and what the guide tells. */
    public String getDescription() {
        return item == null ? Messages.text(locale.getLocale(), "catalog.public.lead")
                : Messages.text(locale.getLocale(), "guide.public.description", item.getCode(), getName());
    }

    /** Who acts in a step, in the reader's language. */
    public String actor(GuideStep step) {
        return Messages.text(locale.getLocale(), "guide.actor." + step.getActor().name());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ServiceItem getItem() {
        return item;
    }

    public ServiceGuide getGuide() {
        return guide;
    }
}
