package org.jiebang.account;

import java.io.Serializable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** SPEC §10 registration: {@code {"organization": {...}, "user": {...}}}. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Valid
    private OrganizationForm organization = new OrganizationForm();

    @NotNull
    @Valid
    private UserForm user = new UserForm();

    public OrganizationForm getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationForm organization) {
        this.organization = organization;
    }

    public UserForm getUser() {
        return user;
    }

    public void setUser(UserForm user) {
        this.user = user;
    }
}
