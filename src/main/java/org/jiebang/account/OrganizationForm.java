package org.jiebang.account;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jiebang.platform.region.RegionCode;

/** What a registration says about the organization; bound by the registration page and the API. */
public class OrganizationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Organization.NAME_LENGTH)
    private String name;

    @NotNull
    private OrganizationType type;

    @NotBlank
    @ValidUscc
    private String uscc;

    /** 6-digit administrative division code, e.g. 330402 */
    @NotBlank
    @RegionCode
    private String region;

    @NotBlank
    @Size(max = Organization.ADDRESS_LENGTH)
    private String address;

    @NotBlank
    @Size(max = Organization.CONTACT_LENGTH)
    private String contactName;

    @NotBlank
    @Size(max = Organization.PHONE_LENGTH)
    @Pattern(regexp = "[0-9+\\- ()]{5,40}", message = "{jiebang.phone.invalid}")
    private String contactPhone;

    @NotBlank
    @Email
    @Size(max = Organization.EMAIL_LENGTH)
    private String email;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public String getUscc() {
        return uscc;
    }

    /** Codes are written in capitals; spaces around are dropped. */
    public void setUscc(String uscc) {
        this.uscc = uscc == null ? null : uscc.strip().toUpperCase();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? null : region.strip();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
