package org.zjcs.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.notification.Notification;
import org.zjcs.shared.notification.NotificationService;

/**
 * Backing bean of account/notifications.xhtml: the logged-in user's inbox as a lazy table, "mark as read" per row
 * and "mark all as read". The reader is always the session's principal; the notice's id comes from the request
 * (parameter {@value #ID_PARAM}), and the service refuses a notice that is not the reader's.
 */
@Named
@ViewScoped
public class NotificationInboxBean implements Serializable {

    @Inject
    Guard guard;

    public static final String ID_PARAM = "notificationId";
    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationsBean bell;

    @Inject
    LocaleBean localeBean;

    /** Transient: it holds the page of entities it loaded; made again after the view moved to another node. */
    private transient LazyDataModel<Notification> items;

    @PostConstruct
    void init() {
        items = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                ZjcsPrincipal p = reader();
                return p == null ? 0 : (int) notifications.count(p.userId(), p.organisationId());
            }

            @Override
            public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                ZjcsPrincipal p = reader();
                return p == null ? List.of() : notifications.inbox(p.userId(), p.organisationId(), first, pageSize);
            }

            @Override
            public String getRowKey(Notification n) {
                return String.valueOf(n.getId());
            }
        };
    }

    /** Marks the notice named by the request parameter {@value #ID_PARAM} read. */
    public void markRead() {
        ZjcsPrincipal p = reader();
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(ID_PARAM);
        try {
            if (p == null) {
                throw new DomainException("security.error.loginRequired");
            }
            long id;
            try {
                id = Long.parseLong(raw == null ? "" : raw.trim());
            } catch (NumberFormatException e) {
                throw new DomainException("notification.error.notYours");
            }
            notifications.markRead(id, p.userId(), p.organisationId());
            Messages.info("notification.markedRead");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        bell.refresh();
    }

    public void markAllRead() {
        ZjcsPrincipal p = reader();
        if (p == null) {
            Messages.error("security.error.loginRequired");
            return;
        }
        int n = notifications.markAllRead(p.userId(), p.organisationId());
        if (n == 0) {
            Messages.info("notification.nothingUnread");
        } else {
            Messages.info("notification.markedAllRead", n);
        }
        bell.refresh();
    }

    /** The notice's text in the session's language. */
    public String text(Notification n) {
        return n.text(localeBean.getLocale());
    }

    public long getTotal() {
        ZjcsPrincipal p = reader();
        return p == null ? 0 : notifications.count(p.userId(), p.organisationId());
    }

    public LazyDataModel<Notification> getItems() {
        if (items == null) {
            init();
        }
        return items;
    }

    private ZjcsPrincipal reader() {
        return guard.principal().orElse(null);
    }
}
