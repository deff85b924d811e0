package org.jiebang.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    static Organization aPendingFirm() {
        OrganizationForm form = new OrganizationForm();
        form.setName(" 嘉兴测试科技有限公司 ");
        form.setType(OrganizationType.ENTERPRISE);
        form.setUscc("91350100M000100Y43");
        form.setRegion("330402");
        form.setAddress("嘉兴市南湖区");
        form.setContactName("张三");
        form.setContactPhone("0573-1234567");
        form.setEmail("a@b.cn");
        return new Organization(form);
    }

    @Test
    void aNewOrganizationWaitsForVerification() {
        Organization org = aPendingFirm();
        assertEquals(VerificationStatus.PENDING, org.getStatus());
        assertFalse(org.isVerified());
        assertEquals("嘉兴测试科技有限公司", org.getName());
    }

    @Test
    void staffVerifyAPendingOrganization() {
        Organization org = aPendingFirm();
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        org.verify(now);
        assertTrue(org.isVerified());
        assertEquals(now, org.getVerifiedAt());
    }

    @Test
    void aRejectionNeedsAReason() {
        Organization org = aPendingFirm();
        RuleBroken refusal = assertThrows(RuleBroken.class, () -> org.reject("  "));
        assertEquals("reason", refusal.field());
        assertEquals(VerificationStatus.PENDING, org.getStatus());
    }

    @Test
    void aRejectedOrganizationCanBeVerifiedLaterAndLosesTheReason() {
        Organization org = aPendingFirm();
        org.reject("营业执照不清晰");
        assertEquals("营业执照不清晰", org.getRejectionReason());
        org.verify(Instant.now());
        assertTrue(org.isVerified());
        assertNull(org.getRejectionReason());
    }

    @Test
    void aVerifiedOrganizationCannotBeVerifiedOrRejectedAgain() {
        Organization org = aPendingFirm();
        org.verify(Instant.now());
        assertThrows(WrongState.class, () -> org.verify(Instant.now()));
        assertThrows(WrongState.class, () -> org.reject("late"));
    }

    @Test
    void firstUsersOfFirmsPostAndOfResearchOrganizationsBid() {
        assertEquals(Role.ENTERPRISE, OrganizationType.ENTERPRISE.firstUserRole());
        for (OrganizationType type : OrganizationType.values()) {
            if (type != OrganizationType.ENTERPRISE) {
                assertEquals(Role.RESEARCHER, type.firstUserRole(), type.name());
            }
        }
    }
}
