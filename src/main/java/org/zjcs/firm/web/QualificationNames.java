package org.zjcs.firm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.time.BusinessTime;

/** Shows qualifications on pages: the type's name in the reader's language, and whether it counts today. */
@Named("qualificationNames")
@RequestScoped
public class QualificationNames {

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    @Inject
    Clock clock;

    public String name(String typeCode) {
        QualificationType t = catalog.qualificationTypes().get(typeCode);
        return t == null ? typeCode : (locale.isChinese() ? t.getNameZh() : t.getNameEn());
    }

    public boolean validToday(Qualification q) {
        return q.isValidOn(BusinessTime.dateOf(clock.instant()));
    }
}
