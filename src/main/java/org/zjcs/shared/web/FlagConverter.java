package org.zjcs.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import java.util.Set;

/**
 * A yes/no flag in a link ({@code <f:viewParam … converter="zjcs.flag"/>}): {@code 1}, {@code true}, {@code yes} and
 * {@code on} are true, anything else (or nothing) false. Faces' own Boolean converter reads {@code published=1} as
 * false, which hid the confirmation after publishing a notice.
 */
@FacesConverter("zjcs.flag")
public class FlagConverter implements Converter<Boolean> {

    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");

    /** Whether the text of a link parameter means "yes". */
    public static boolean isSet(String value) {
        return value != null && TRUE.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public Boolean getAsObject(FacesContext context, UIComponent component, String value) {
        return isSet(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Boolean value) {
        return Boolean.TRUE.equals(value) ? "1" : "";
    }
}
