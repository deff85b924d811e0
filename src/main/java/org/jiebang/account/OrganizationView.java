package org.jiebang.account;

import java.io.Serializable;
import java.time.Instant;

/** An organization as lists and the API show it. */
public record OrganizationView(Long id, String name, OrganizationType type, String uscc, String region,
        String address, String contactName, String contactPhone, String email, VerificationStatus status,
        String rejectionReason, Instant createdAt, Instant verifiedAt) implements Serializable {

    static final String SELECT = "SELECT NEW org.jiebang.account.OrganizationView(o.id, o.name, o.type, o.uscc,"
            + " o.region, o.address, o.contactName, o.contactPhone, o.email, o.status, o.rejectionReason,"
            + " o.createdAt, o.verifiedAt) FROM Organization o";

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getName(), o.getType(), o.getUscc(), o.getRegion(), o.getAddress(),
                o.getContactName(), o.getContactPhone(), o.getEmail(), o.getStatus(), o.getRejectionReason(),
                o.getCreatedAt(), o.getVerifiedAt());
    }
}
