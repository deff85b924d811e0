package org.jiebang.bid;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of the bidding team: name, role in the project, organization and expertise. */
public class TeamMember implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;
    public static final int ROLE_LENGTH = 100;
    public static final int ORGANIZATION_LENGTH = 200;
    public static final int EXPERTISE_LENGTH = 500;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = NAME_LENGTH)
    private String name;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = ROLE_LENGTH)
    private String role;

    @Size(max = ORGANIZATION_LENGTH)
    private String organization;

    @Size(max = EXPERTISE_LENGTH)
    private String expertise;

    public TeamMember() {
    }

    public TeamMember(String name, String role, String organization, String expertise) {
        this.name = name;
        this.role = role;
        this.organization = organization;
        this.expertise = expertise;
    }

    TeamMember copy() {
        return new TeamMember(name == null ? "" : name, role, organization, expertise);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.strip(name);
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = Texts.strip(role);
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = Texts.strip(organization);
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = Texts.strip(expertise);
    }
}
