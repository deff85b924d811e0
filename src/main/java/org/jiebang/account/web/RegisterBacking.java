package org.jiebang.account.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.RegistrationForm;
import org.jiebang.platform.web.Feedback;

/** The registration page: an organization and its first user, in two steps (SPEC §2). */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private final RegistrationForm form = new RegistrationForm();
    private int step;
    private String confirmPassword;
    private OrganizationView registered;

    public void next() {
        step = 1;
    }

    public void back() {
        step = 0;
    }

    public void register() {
        if (confirmPassword == null || !confirmPassword.equals(form.getUser().getPassword())) {
            Feedback.errorKey("register.passwordsDiffer");
            return;
        }
        Feedback.attempt(() -> registered = accounts.register(form));
    }

    public List<OrganizationType> getTypes() {
        return List.of(OrganizationType.values());
    }

    public RegistrationForm getForm() {
        return form;
    }

    public int getStep() {
        return step;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public OrganizationView getRegistered() {
        return registered;
    }
}
