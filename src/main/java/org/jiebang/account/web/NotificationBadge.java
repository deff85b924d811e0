package org.jiebang.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.platform.notify.Notifications;

/**
 * The number of unread notifications in the page header, counted once per request: with the
 * caller's account where the request read it ({@link AccountService#unreadNotifications}), and
 * counted again when this request marked notifications read.
 */
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
            unread = accounts.unreadNotifications();
        }
        return unread;
    }

    /** This request marked some of the caller's notifications read: the count is read afresh. */
    void changed() {
        unread = accounts.currentUser().map(u -> notifications.unread(u.getId())).orElse(0L);
    }
}
