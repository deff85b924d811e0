package org.jiebang.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements JPA sends on the current thread while a count is open: EclipseLink's
 * session listener ({@code eclipselink.session-event-listener} in {@code persistence.xml}). The
 * web filter {@code SqlCountFilter} opens one per request when {@code jiebang.debug.sql-count} is
 * on, so that tests can hold every page and endpoint to its budget of statements.
 */
public class SqlCount extends SessionEventAdapter {

    private static final ThreadLocal<int[]> OPEN = new ThreadLocal<>();

    /** Starts counting on this thread. */
    public static void open() {
        OPEN.set(new int[1]);
    }

    /** How many statements were sent on this thread since {@link #open()}, or -1 when no count is open. */
    public static int sofar() {
        int[] count = OPEN.get();
        return count == null ? -1 : count[0];
    }

    /** Stops counting on this thread and answers how many statements were sent since {@link #open()}. */
    public static int close() {
        int[] count = OPEN.get();
        OPEN.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = OPEN.get();
        if (count != null) {
            count[0]++;
        }
    }
}
