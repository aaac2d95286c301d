package org.zjcs.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.time.DateText;

/**
 * A date typed into a text field ({@code <f:converter converterId="zjcs.date"/>}): the forms {@link DateText} accepts
 * (2026-12-04, 2026/12/04, 2026.12.04, 2026年12月4日); shown back as yyyy-MM-dd. A text that is no date, or no real
 * day, is refused with a message in the reader's language naming what was typed.
 */
@FacesConverter("zjcs.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return DateText.parseOrNull(value);
        } catch (DomainException e) {
            String text = Messages.text(e.messageKey(), e.args());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return DateText.format(value);
    }
}
