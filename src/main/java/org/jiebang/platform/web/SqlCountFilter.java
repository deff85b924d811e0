package org.jiebang.platform.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.persistence.SqlCount;

/**
 * With {@code jiebang.debug.sql-count=true} (the tests' setting; off by default) every response
 * says in {@code X-Jiebang-Sql} how many SQL statements JPA sent to make it. Pages are buffered
 * (up to 512 KB, every page there is) so that the header can still be set when the body is done;
 * the API sets it itself before writing ({@code SqlCountHeader}). A request that sent more than
 * {@link #BUDGET} statements is logged with their SQL, so that the developer sees what to batch.
 */
public class SqlCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Jiebang-Sql";
    /** Issue 13's budget of statements per request. */
    static final int BUDGET = 5;
    private static final Logger LOG = Logger.getLogger(SqlCountFilter.class.getName());

    @Inject
    @ConfigProperty(name = "jiebang.debug.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(512 << 10);
        SqlCount.open();
        try {
            chain.doFilter(request, response);
        } finally {
            var sql = SqlCount.statements();
            int statements = SqlCount.close();
            if (statements > BUDGET) {
                LOG.info(() -> statements + " SQL statements for " + request.getMethod() + " " + request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + ":\n  "
                        + String.join("\n  ", sql));
            }
            if (!response.isCommitted()) {
                response.setHeader(HEADER, String.valueOf(statements));
            }
        }
    }
}
