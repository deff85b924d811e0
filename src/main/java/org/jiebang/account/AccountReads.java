package org.jiebang.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * How an account is read on every request: in one statement, with its organization (joined by
 * the mapping) and its roles (joined here, not by the mapping: a join on the roles would answer
 * one row per role to queries that page through accounts). Read by id, an account already in the
 * caller's persistence context is answered from there without a statement.
 */
public final class AccountReads {

    private AccountReads() {
    }

    /** The account with this user name, as the database has it now. */
    public static Optional<User> byName(EntityManager em, String username) {
        List<User> found = em.createQuery(
                "SELECT u FROM User u WHERE u.username = :name", User.class).setHint(QueryHints.LEFT_FETCH, "u.roles")
                .setParameter("name", username).getResultList();
        return found.stream().findFirst();
    }

    /** An account with the number of its unread notifications (the bell on every page). */
    public record Counted(User user, long unread) {
    }

    /**
     * The account with this user name, as the database has it now, and how many of its
     * notifications are unread: still one statement (the count is a subquery on its index).
     */
    public static Optional<Counted> byNameCounting(EntityManager em, String username) {
        List<Object[]> rows = em.createQuery("SELECT u, (SELECT COUNT(n) FROM Notification n"
                + " WHERE n.userId = u.id AND n.readAt IS NULL) FROM User u LEFT JOIN FETCH u.roles WHERE u.username = :name", Object[].class)
                .setParameter("name", username).getResultList();
        return rows.stream().findFirst().map(row -> new Counted((User) row[0], ((Number) row[1]).longValue()));
    }

    /** The account with this id: from the persistence context if it holds it, else in one statement. */
    public static Optional<User> byId(EntityManager em, long id) {
        TypedQuery<User> query = em.createQuery(
                "SELECT u FROM User u LEFT JOIN FETCH u.roles WHERE u.id = :id", User.class)
                .setParameter("id", id).setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject);
        return query.getResultStream().findFirst();
    }
}
