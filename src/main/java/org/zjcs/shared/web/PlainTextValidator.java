package org.zjcs.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.zjcs.shared.i18n.Messages;

/**
 * The default validator of every input of every form (faces-config.xml, {@code default-validators}): a text that holds
 * a character no text of the platform needs and that hides or disguises text is refused with the field's own message,
 * before any bean sees it (issue 14, bad-input corpus). Refused: NUL and the other control characters except tab, line
 * feed and carriage return, bidirectional overrides and isolates, zero-width characters, lone surrogates, and U+FFFD,
 * which is what bytes that were not UTF-8 (GBK or Latin-1 text sent as UTF-8) become when the form is read. The same
 * characters as the REST API's {@code JsonInputGuard}.
 */
@FacesValidator(value = "zjcs.plainText")
public class PlainTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text) || acceptable(text)) {
            return;
        }
        Object label = component.getAttributes().get("label");
        String message = label == null || label.toString().isBlank()
                ? Messages.text("text.error.characters")
                : Messages.text("text.error.charactersIn", label.toString());
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** Whether {@code text} holds none of the refused characters. */
    public static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || c == 0xFFFD || org.zjcs.shared.api.JsonInputGuard.forbidden(c)) {
                return false;
            }
        }
        return true;
    }
}
