package org.zjcs.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * Keeps PrimeFaces' CSP nonce of a stateful view in the view's own state (an attribute of its view root, saved with
 * the view) instead of its view map. PrimeFaces puts the nonce in the view map, and MyFaces keeps a view map's entries
 * that are not CDI beans in the HTTP session under its own key class {@code org.apache.myfaces.cdi.NonContextualKey},
 * which a node reading that session from the session database cannot load (Liberty does not make that package visible
 * to its session loader: SESN0051E ClassNotFoundException; docs/scaling.md, "Sessions"). Moved out right after
 * PrimeFaces' listener set it (this listener comes after PrimeFaces' in the lifecycle). A postback must still carry the
 * view's nonce (the page's forms send it as {@code primefaces.nonce}): PrimeFaces, which no longer finds it in the view
 * map, only checks its form; this listener refuses another nonce, as PrimeFaces did ({@link CspException}).
 */
public class CspNonceInViewState implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' name of the nonce: its view map entry and its request parameter. */
    static final String PRIMEFACES = "primefaces.nonce";
    /** The view root attribute that keeps it instead. */
    static final String ATTRIBUTE = "org.zjcs.cspNonce";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || root == null || !context.isPostback()) {
            return;
        }
        Object expected = root.getAttributes().get(ATTRIBUTE);
        String sent = context.getExternalContext().getRequestParameterMap().get(PRIMEFACES);
        if (expected != null && sent != null && !expected.equals(sent)) {
            throw new CspException("CSP nonce mismatch");
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE || root == null || root.isTransient()) {
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        if (viewMap != null && viewMap.containsKey(PRIMEFACES)) {
            root.getAttributes().put(ATTRIBUTE, viewMap.remove(PRIMEFACES));
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }
}
