package org.zjcs.shared.i18n;

import java.util.Locale;

/** A message argument that names itself in the reader's language (e.g. a qualification type with its level). */
public interface LocalizedText {

    String in(Locale locale);
}
