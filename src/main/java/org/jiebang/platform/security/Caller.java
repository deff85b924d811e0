package org.jiebang.platform.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.NotAuthenticated;

/**
 * The user behind the current request, page or API alike. Services ask it who may do what; no
 * check relies on a page hiding a button.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public Optional<String> name() {
        Principal principal = security.getCallerPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public boolean isLoggedIn() {
        return name().isPresent();
    }

    /** @throws NotAuthenticated when nobody is logged in */
    public String requireName() {
        return name().orElseThrow(NotAuthenticated::new);
    }

    public boolean hasRole(String role) {
        return isLoggedIn() && security.isCallerInRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    /**
     * @throws NotAuthenticated when nobody is logged in
     * @throws Forbidden when the caller holds none of {@code roles}
     */
    public String requireAnyRole(String... roles) {
        String name = requireName();
        if (!hasAnyRole(roles)) {
            throw new Forbidden("This needs one of the roles " + String.join(", ", roles) + ".");
        }
        return name;
    }
}
