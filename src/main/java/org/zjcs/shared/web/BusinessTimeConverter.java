package org.zjcs.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zjcs.shared.time.BusinessTime;

/**
 * Shows an {@link Instant} as Beijing time, {@code yyyy-MM-dd HH:mm} ({@code <f:converter converterId="zjcs.time"/>});
 * {@code zjcs.timeSeconds} adds the seconds. Output only.
 */
@FacesConverter("zjcs.time")
public class BusinessTimeConverter implements Converter<Instant> {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    protected DateTimeFormatter formatter() {
        return MINUTES;
    }

    /** The same text outside a page (yyyy-MM-dd HH:mm, Beijing time). */
    public static String format(Instant value) {
        return value == null ? "" : MINUTES.format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("zjcs.time is for output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : formatter().format(value);
    }

    /** The same with seconds. */
    @FacesConverter("zjcs.timeSeconds")
    public static class WithSeconds extends BusinessTimeConverter {

        private static final DateTimeFormatter SECONDS =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessTime.ZONE);

        @Override
        protected DateTimeFormatter formatter() {
            return SECONDS;
        }
    }
}
