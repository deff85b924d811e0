package org.jiebang.account;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;

/**
 * A refused attempt of staff to add a member to a bidding organization is audited and told to
 * the organization's members, in a transaction of its own that the refusal does not roll back:
 * trying is never a silent probe of who is bidding.
 */
@ApplicationScoped
public class RefusedAdditions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Transactional(TxType.REQUIRES_NEW)
    public void record(String staffName, long organizationId, String username) {
        Organization organization = em.find(Organization.class, organizationId);
        audit.record(staffName, "MEMBER_ADDITION_REFUSED", "Organization", organizationId, null,
                Map.of("username", username));
        List<Long> members = em.createQuery("SELECT u.id FROM User u WHERE u.organization.id = :org", Long.class)
                .setParameter("org", organizationId).getResultList();
        notifications.notify(members, "MEMBER_ADDITION_REFUSED", organizationId,
                Wording.of("notify.MEMBER_ADDITION_REFUSED", staffName, username, organization.getName()),
                "/account/profile");
    }
}
