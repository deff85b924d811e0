package org.jiebang.account;

import java.io.Serializable;
import java.util.Set;

/** A user as lists and the API show it: never the password hash. */
public record UserView(Long id, String username, String displayName, String email, String phone,
        Long organizationId, String organizationName, Set<String> roles, boolean enabled) implements Serializable {

    static UserView of(User u) {
        Organization o = u.getOrganization();
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getPhone(),
                o == null ? null : o.getId(), o == null ? null : o.getName(), u.roleNames(), u.isEnabled());
    }
}
