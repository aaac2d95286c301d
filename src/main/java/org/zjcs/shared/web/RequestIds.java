package org.zjcs.shared.web;

import jakarta.faces.context.FacesContext;

/** Ids read straight from the request, for request-scoped beans whose view parameter is not set yet on a postback. */
public final class RequestIds {

    private RequestIds() {
    }

    /** The request parameter as an id (1–18 digits), or null. */
    public static Long param(String name) {
        String p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return p != null && p.matches("\\d{1,18}") ? Long.valueOf(p) : null;
    }
}
