package org.jiebang.account;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new user: the first of a registering organization, or a member added later. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(min = 3, max = User.USERNAME_LENGTH)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{jiebang.username.invalid}")
    private String username;

    @NotBlank
    @Size(min = User.PASSWORD_MIN, max = User.PASSWORD_MAX)
    @Pattern(regexp = User.PASSWORD_PATTERN, message = "{jiebang.password.weak}")
    private String password;

    @NotBlank
    @Size(max = User.DISPLAY_NAME_LENGTH)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = User.EMAIL_LENGTH)
    private String email;

    @Size(max = User.PHONE_LENGTH)
    @Pattern(regexp = "[0-9+\\- ()]*", message = "{jiebang.phone.invalid}")
    private String phone;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
