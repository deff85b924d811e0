package org.jiebang.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.platform.notify.Notifications;

/** The number of unread notifications in the page header, counted once per request. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    AccountService accounts;

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = accounts.currentUser().map(u -> notifications.unread(u.getId())).orElse(0L);
        }
        return unread;
    }
}
