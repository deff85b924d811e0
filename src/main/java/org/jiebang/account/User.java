package org.jiebang.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.jiebang.platform.change.PrivateRecord;
import org.jiebang.platform.persistence.BaseEntity;

/**
 * An account. Belongs to at most one organization (staff, experts and the admin may belong to
 * none) and holds one or more {@link Role roles}. The password is kept only as a PBKDF2 hash.
 */
@Entity
@PrivateRecord
@Table(name = "app_user")
public class User extends BaseEntity {

    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    /** at least one ASCII letter and one digit */
    public static final String PASSWORD_PATTERN = "(?=.*[A-Za-z])(?=.*[0-9]).*";

    @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(length = PHONE_LENGTH)
    private String phone;

    /** read in the account's own statement: every page and call asks for the caller's organization */
    @JoinFetch(JoinFetchType.OUTER)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    /** when staff added this user to its organization (null: registered or added by its own members) */
    @Column(name = "added_by_staff_at", updatable = false)
    private java.time.Instant addedByStaffAt;

    /**
     * Read with the account where the account is read for a request ({@link AccountReads}); lists
     * that show roles read them in a batch, by a query hint (a batch on the mapping would win over
     * the join), and everything else that refers to an account (a bid's author) does not read them.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    protected User() {
    }

    public User(UserForm form, String passwordHash, Organization organization, Set<Role> roles) {
        this.username = form.getUsername();
        this.passwordHash = passwordHash;
        this.displayName = form.getDisplayName().strip();
        this.email = form.getEmail().strip();
        this.phone = form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip();
        this.organization = organization;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Role names as the security context knows them, sorted. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("roles", roleNames());
        state.put("organizationId", organization == null ? null : organization.getId());
        state.put("enabled", enabled);
        return state;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Staff added this user to its organization at {@code at}, by the cluster's clock (the seal, SPEC §4). */
    public void markAddedByStaff(java.time.Instant at) {
        addedByStaffAt = at;
    }

    public java.time.Instant getAddedByStaffAt() {
        return addedByStaffAt;
    }
}
