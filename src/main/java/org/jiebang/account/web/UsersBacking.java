package org.jiebang.account.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.account.UserView;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.web.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admin's users page: every account and its roles, paged in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private UserView editing;
    private List<Role> roles = List.of();

    private final LazyDataModel<UserView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.users(0, 1).total();
        }

        @Override
        public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<UserView> page = accounts.users(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(UserView user) {
            return String.valueOf(user.id());
        }

        @Override
        public UserView getRowData(String rowKey) {
            return null;
        }
    };

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
