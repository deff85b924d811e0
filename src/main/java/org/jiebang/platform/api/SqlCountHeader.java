package org.jiebang.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.jiebang.platform.persistence.SqlCount;

/**
 * The API's answer to {@code X-Jiebang-Sql} (see {@code SqlCountFilter}): JAX-RS writes and
 * flushes its response itself, so the count is put on the response here, when the resource
 * method has done its work and before the body is written.
 */
@Provider
public class SqlCountHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int statements = SqlCount.sofar();
        if (statements >= 0) {
            response.getHeaders().putSingle("X-Jiebang-Sql", String.valueOf(statements));
        }
    }
}
