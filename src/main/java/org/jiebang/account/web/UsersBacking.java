package org.jiebang.account.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.account.UserView;
import org.jiebang.platform.web.Feedback;
import org.jiebang.platform.web.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The admin's users page: every account and its roles, paged in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private UserView editing;
    private List<Role> roles = List.of();

    private final LazyDataModel<UserView> model = LazyPages.of((page, size) -> accounts.users(page, size), UserView::id);

    public void edit(UserView user) {
        editing = user;
        roles = user.roles().stream().map(Role::valueOf).toList();
    }

    public void saveRoles() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (Feedback.attempt(() -> accounts.replaceRoles(editing.id(), chosen))) {
            Feedback.info("users.rolesSaved", editing.username());
            editing = null;
        }
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public LazyDataModel<UserView> getModel() {
        return model;
    }

    public UserView getEditing() {
        return editing;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
