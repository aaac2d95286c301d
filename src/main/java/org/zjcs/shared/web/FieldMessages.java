package org.zjcs.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.shared.error.ValidationException;
import org.zjcs.shared.i18n.Messages;

/**
 * Shows every problem of a {@link ValidationException} at its field ({@code <p:message for="field"/>}) and a summary
 * naming the fields at the top of the form ({@code form.error.summary}). A problem whose field the form does not have
 * is shown in the summary area instead, so nothing is lost.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param formId the id of the h:form holding the fields
     * @param labels message keys naming each field (by field id), for the summary
     */
    public static void show(String formId, ValidationException e, Map<String, String> labels) {
        FacesContext fc = FacesContext.getCurrentInstance();
        UIComponent form = fc.getViewRoot().findComponent(formId);
        Set<String> named = new LinkedHashSet<>();
        List<String> unplaced = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String text = Messages.text(p.messageKey(), p.args());
            UIComponent field = form == null ? null : form.findComponent(p.field());
            if (field != null) {
                fc.addMessage(field.getClientId(fc), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                named.add(Messages.text(labels.getOrDefault(p.field(), p.field())));
            } else {
                unplaced.add(text);
            }
        }
        if (!named.isEmpty()) {
            Messages.error("form.error.summary", named.size(), String.join(Messages.text("common.listSeparator"), named));
        }
        for (String text : unplaced) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
