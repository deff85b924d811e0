package org.jiebang.account.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.User;
import org.jiebang.platform.notify.Notification;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.web.Feedback;
import org.jiebang.platform.web.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The caller's notifications page ({@code /account/notifications}): newest first, unread marked. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    Notifications notifications;

    @Inject
    NotificationBadge badge;

    private final LazyDataModel<Notification> model = LazyPages.of(this::page, Notification::getId);

    private Page<Notification> page(int page, int size) {
        long user = userId();
        return new Page<>(notifications.page(user, Page.firstRow(page, size), Page.boundedSize(size)),
                notifications.count(user), page, size);
    }

    private long userId() {
        return accounts.currentUser().map(User::getId).orElseThrow();
    }

    public LazyDataModel<Notification> getModel() {
        return model;
    }

    /** Marks one read and goes to the page it is about (links are the app's own paths). */
    public void open(Notification notification) throws java.io.IOException {
        notifications.markRead(userId(), notification.getId());
        String link = notification.getLink();
        boolean own = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        Feedback.redirect(own ? link : "/account/notifications");
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(userId());
        badge.changed();
        Feedback.info("notifications.allMarked", marked);
    }
}
