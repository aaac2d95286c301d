package org.zjcs.shared.web;

import jakarta.enterprise.inject.spi.CDI;

/**
 * CDI event: an action of the current page changed state that other parts of the same page show. A page can be made
 * of several view-scoped beans, each keeping the forms it showed for the postback (e.g. account/deliverables.xhtml:
 * the deliverable's forms and the 评价 section); the bean whose action ran fires this event, and every bean of the
 * page observes it with {@code @Observes(notifyObserver = Reception.IF_EXISTS)} and forgets what it read, so that the
 * page rendered in answer to the action shows the forms that apply now (a pass makes the rating form appear) without
 * a reload.
 */
public final class PageChanged {

    private PageChanged() {
    }

    /** Tells the beans of the current page that an action changed state. */
    public static void fire() {
        CDI.current().getBeanManager().getEvent().select(PageChanged.class).fire(new PageChanged());
    }
}
