package org.zjcs.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** For pages: a qualification level, or a type's list of levels, in the reader's language ({@link QualificationLevels}). */
@Named("levelNames")
@RequestScoped
public class LevelNamesBean {

    @Inject
    LocaleBean locale;

    /** The stored level's name in the reader's language (the stored level when the bundles do not name it). */
    public String name(String level) {
        return QualificationLevels.name(locale.getLocale(), level);
    }

    /** A type's comma-separated levels, each named in the reader's language. */
    public String names(String levels) {
        return QualificationLevels.names(locale.getLocale(), levels);
    }
}
