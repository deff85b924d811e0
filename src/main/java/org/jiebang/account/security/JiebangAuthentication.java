package org.jiebang.account.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jiebang.account.security.AuthService.Login;

/**
 * How a request says who it comes from (Jakarta Security):
 * <ul>
 * <li>{@code Authorization: Bearer TOKEN} on API calls (SPEC §10); a bad or expired token gets 401;</li>
 * <li>the login page, through {@code SecurityContext.authenticate} with a user name and password;
 * the session id changes at login (session fixation);</li>
 * <li>the session of a user who logged in; roles are read again every minute so that a role
 * change or a disabled account takes effect without a new login.</li>
 * </ul>
 * An anonymous request for a page that needs a login is sent to the login page.
 */
@ApplicationScoped
public class JiebangAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute with the {@link Login} of a login attempt, for the login page's message. */
    public static final String LOGIN_RESULT = "jiebang.login";
    static final String SESSION_USER = "jiebang.user";
    static final String SESSION_ROLES = "jiebang.roles";
    static final String SESSION_ROLES_AT = "jiebang.rolesAt";
    private static final long ROLES_FRESH_SECONDS = 60;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(JiebangAuthentication.class.getName());

    @Inject
    AuthService auth;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Login> login = auth.authenticateToken(header.substring(7).strip());
            if (login.isPresent()) {
                return context.notifyContainerAboutLogin(login.get().username(), login.get().roles());
            }
            return unauthorized(response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            Login login = auth.login(password.getCaller(), password.getPasswordAsString());
            request.setAttribute(LOGIN_RESULT, login);
            if (!login.ok()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            remember(request.getSession(true), login.username(), login.roles());
            return context.notifyContainerAboutLogin(login.username(), login.roles());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Set<String> roles = currentRoles(session, username);
            if (!roles.isEmpty()) {
                return context.notifyContainerAboutLogin(username, roles);
            }
            // the account was disabled, removed or left without roles since the login
            LOG.info(() -> "session of " + username + " ended: the account has no roles or is disabled");
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    @SuppressWarnings("unchecked")
    private Set<String> currentRoles(HttpSession session, String username) {
        Object at = session.getAttribute(SESSION_ROLES_AT);
        if (at instanceof Instant checked && checked.plusSeconds(ROLES_FRESH_SECONDS).isAfter(Instant.now())) {
            return (Set<String>) session.getAttribute(SESSION_ROLES);
        }
        Set<String> roles = auth.rolesOf(username);
        remember(session, username, roles);
        return roles;
    }

    private static void remember(HttpSession session, String username, Set<String> roles) {
        session.setAttribute(SESSION_USER, username);
        session.setAttribute(SESSION_ROLES, Set.copyOf(roles));
        session.setAttribute(SESSION_ROLES_AT, Instant.now());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(
                    "{\"error\":\"NOT_AUTHENTICATED\",\"message\":\"The bearer token is invalid or has expired.\"}");
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing to tell a client that is gone
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
