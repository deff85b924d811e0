package org.jiebang.account.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.UserForm;
import org.jiebang.account.UserView;
import org.jiebang.platform.web.Feedback;

/** The profile page: one's account and organization, password change, and adding colleagues. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private UserView me;
    private OrganizationView organization;
    private List<UserView> members = List.of();
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private UserForm member = new UserForm();

    @PostConstruct
    void load() {
        me = accounts.me();
        Optional<OrganizationView> mine = accounts.myOrganization();
        organization = mine.orElse(null);
        members = mine.map(o -> accounts.members(o.id())).orElse(List.of());
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Feedback.errorKey("register.passwordsDiffer");
            return;
        }
        if (Feedback.attempt(() -> accounts.changePassword(currentPassword, newPassword))) {
            Feedback.info("profile.passwordChanged");
            currentPassword = newPassword = confirmPassword = null;
        }
    }

    public void addMember() {
        if (Feedback.attempt(() -> accounts.addMember(organization.id(), member))) {
            Feedback.info("profile.memberAdded", member.getUsername());
            member = new UserForm();
            load();
        }
    }

    public boolean isCanAddMembers() {
        return organization != null && organization.status() == org.jiebang.account.VerificationStatus.VERIFIED;
    }

    public UserView getMe() {
        return me;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<UserView> getMembers() {
        return members;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public UserForm getMember() {
        return member;
    }
}
