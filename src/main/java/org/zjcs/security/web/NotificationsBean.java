package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.notification.NotificationService;

/**
 * The bell in the template: the logged-in user's unread notices (his or her own and the organisation's). The count
 * is read once per request; the inbox page calls {@link #refresh()} after marking notices read.
 */
@Named
@RequestScoped
public class NotificationsBean {

    @Inject
    Guard guard;

    @Inject
    NotificationService notifications;

    @Inject
    LocaleBean localeBean;

    private Long unread;

    public long getUnreadCount() {
        if (unread == null) {
            Optional<ZjcsPrincipal> p = guard.principal();
            unread = p.map(u -> notifications.unreadCount(u.userId(), u.organisationId())).orElse(0L);
        }
        return unread;
    }

    /** The accessible name of the bell, e.g. 通知（3 条未读）. */
    public String getLabel() {
        Locale locale = localeBean.getLocale();
        long n = getUnreadCount();
        return n == 0 ? Messages.text(locale, "notification.bell") : Messages.text(locale, "notification.bell.unread", n);
    }

    public void refresh() {
        unread = null;
    }
}
