package org.jiebang.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements JPA sends on the current thread while a count is open: EclipseLink's
 * session listener ({@code eclipselink.session-event-listener} in {@code persistence.xml}). The
 * web filter {@code SqlCountFilter} opens one per request when {@code jiebang.debug.sql-count} is
 * on, so that tests can hold every page and endpoint to its budget of statements; the first
 * {@link #KEPT} statements' SQL is kept so that a request over the budget can say what it sent.
 */
public class SqlCount extends SessionEventAdapter {

    /** How many statements' SQL a count keeps. */
    public static final int KEPT = 64;

    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private static final class Open {
        int count;
        final List<String> sql = new ArrayList<>();
    }

    /** Starts counting on this thread. */
    public static void open() {
        OPEN.set(new Open());
    }

    /** How many statements were sent on this thread since {@link #open()}, or -1 when no count is open. */
    public static int sofar() {
        Open open = OPEN.get();
        return open == null ? -1 : open.count;
    }

    /** The SQL of the first {@link #KEPT} statements sent on this thread since {@link #open()}. */
    public static List<String> statements() {
        Open open = OPEN.get();
        return open == null ? List.of() : List.copyOf(open.sql);
    }

    /** Stops counting on this thread and answers how many statements were sent since {@link #open()}. */
    public static int close() {
        Open open = OPEN.get();
        OPEN.remove();
        return open == null ? 0 : open.count;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        Open open = OPEN.get();
        if (open != null) {
            open.count++;
            if (open.sql.size() < KEPT) {
                open.sql.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall()));
            }
        }
    }
}
