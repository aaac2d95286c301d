package org.zjcs.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.apache.shiro.SecurityUtils;

/**
 * Makes the public pages ({@link PublicPageFilter#PAGES}) stateless views for visitors who are not logged in: no view
 * state kept on the server and, with MyFaces' ALWAYS_FORCE_SESSION_CREATION off (web.xml), no HTTP session. Set before
 * the render phase, where MyFaces decides whether a session is needed. Logged-in users keep stateful views (the
 * enrolment and objection forms on notice.xhtml, the logout button).
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            makeTransient(event);
        }
    }

    /**
     * Also as soon as the view exists (after restore view): PrimeFaces' CSP listener, which runs before this one at
     * render, keeps the page's nonce in the view map of a stateful view and so would open a session.
     */
    private static void makeTransient(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && PublicPageFilter.PAGES.contains(root.getViewId())
                && !event.getFacesContext().isPostback() && SecurityUtils.getSubject().getPrincipal() == null) {
            root.setTransient(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            makeTransient(event);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }
}
