package org.jiebang.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;

/**
 * A firm or research organization (SPEC §2).
 * <p>
 * Lifecycle: registered {@code PENDING}; staff {@link #verify verify} it ({@code VERIFIED}) or
 * {@link #reject reject} it with a reason ({@code REJECTED}, which may still be verified later).
 * Only members of a verified organization may submit challenges or bids.
 */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    public static final int CONTACT_LENGTH = 100;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int REASON_LENGTH = 500;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganizationType type;

    @Column(nullable = false, length = 18, updatable = false)
    private String uscc;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "contact_name", nullable = false, length = CONTACT_LENGTH)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = PHONE_LENGTH)
    private String contactPhone;

    @Column(nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationStatus status;

    @Column(name = "rejection_reason", length = REASON_LENGTH)
    private String rejectionReason;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Organization() {
    }

    public Organization(OrganizationForm form) {
        this.name = form.getName().strip();
        this.type = form.getType();
        this.uscc = form.getUscc();
        this.region = form.getRegion();
        this.address = form.getAddress().strip();
        this.contactName = form.getContactName().strip();
        this.contactPhone = form.getContactPhone().strip();
        this.email = form.getEmail().strip();
        this.status = VerificationStatus.PENDING;
    }

    public void verify(Instant now) {
        move(VerificationStatus.VERIFIED);
        rejectionReason = null;
        verifiedAt = now;
    }

    /** @throws RuleBroken without a reason: SPEC §2 rejects "with reason" */
    public void reject(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("REASON_REQUIRED", "reason", "A rejection needs a reason.");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInput("reason", "size must be between 1 and " + REASON_LENGTH);
        }
        move(VerificationStatus.REJECTED);
        rejectionReason = reason.strip();
    }

    private void move(VerificationStatus next) {
        if (!status.canMoveTo(next)) {
            throw new WrongState("organization", status, next);
        }
        status = next;
    }

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }

    /** A short description for the audit log. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("uscc", uscc);
        state.put("type", type);
        state.put("status", status);
        if (rejectionReason != null) {
            state.put("reason", rejectionReason);
        }
        return state;
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public String getUscc() {
        return uscc;
    }

    public String getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getEmail() {
        return email;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
