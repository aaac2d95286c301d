package org.zjcs.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.shared.i18n.LocaleBean;

/** Backing bean of the public page catalog.xhtml (服务事项清单): the items in force and what they require. */
@Named
@RequestScoped
public class PublicCatalogBean {

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    private List<ServiceItem> items;
    private Map<String, QualificationType> types;

    @PostConstruct
    void load() {
        items = catalog.cachedItemsInForce();
        types = catalog.cachedQualificationTypes();
    }

    public List<ServiceItem> getItems() {
        return items;
    }

    public String name(ServiceItem item) {
        return locale.isChinese() ? item.getNameZh() : item.getNameEn();
    }

    /** The qualification's name in the reader's language, with "or higher" and the lowest level when there is one. */
    public String requirement(QualificationRequirement r) {
        QualificationType t = types.get(r.getTypeCode());
        String name = t == null ? r.getTypeCode() : (locale.isChinese() ? t.getNameZh() : t.getNameEn());
        return org.zjcs.shared.i18n.QualificationLevels.requirement(locale.getLocale(), name, r.getMinLevel());
    }
}
