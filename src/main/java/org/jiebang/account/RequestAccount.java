package org.jiebang.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's account as first read in this request outside any transaction or in a reading
 * ({@code @OneReading}, which writes nothing). A page asks for the caller many times while it
 * renders (the header's bell and menu, each service's check), each time outside a transaction,
 * where the account read is detached at once and nothing done to it is saved: the first such
 * reading serves the rest of the request. Inside a transaction the account is always read into
 * the transaction's persistence context ({@link AccountService#currentUser}); a transaction that
 * may write, or a change of an account or organization, forgets the kept one.
 */
@RequestScoped
class RequestAccount {

    private String username;
    private Optional<User> user;
    /** the caller's unread notifications when the account was read, or null if not counted */
    private Long unread;

    Optional<User> get(String name) {
        return name.equals(username) ? user : null;
    }

    /** The caller's unread notifications as counted with the kept account, or null. */
    Long unread(String name) {
        return name.equals(username) ? unread : null;
    }

    void forget() {
        username = null;
        user = null;
        unread = null;
    }

    void keep(String name, Optional<User> found, long unreadNotifications) {
        username = name;
        user = found;
        unread = unreadNotifications;
    }
}
