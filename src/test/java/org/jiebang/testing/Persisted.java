package org.jiebang.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.EntityManager;

import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.account.UserForm;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeTest;

/** Rows for persistence tests, made as the domain makes them: a firm, a lab, a researcher, a published challenge. */
public final class Persisted {

    private Persisted() {
    }

    /** What {@link #aPublishedChallengeAndALab} made. */
    public record Setting(long challengeId, long labId, long userId) {
    }

    public static Setting aPublishedChallengeAndALab(EntityManager em, Instant now) {
        Organization firm = TestDatabases.anOrganization("恒泰能源", Registrations.freshUscc());
        firm.verify(now);
        Organization lab = TestDatabases.anOrganization("先进材料研究院", Registrations.freshUscc());
        lab.verify(now);
        em.persist(firm);
        em.persist(lab);
        UserForm form = new UserForm();
        form.setUsername(Registrations.freshUsername("bid"));
        form.setDisplayName("郑工");
        form.setEmail(form.getUsername() + "@example.cn");
        User user = new User(form, "PBKDF2WithHmacSHA256:600000:x:y", lab, EnumSet.of(Role.RESEARCHER, Role.EXPERT));
        em.persist(user);
        em.flush();
        Challenge challenge = new Challenge(firm, user.getId(), ChallengeTest.aCompleteForm(now.plus(Duration.ofDays(30))));
        challenge.submit(now, ChallengeTest.WEEK);
        challenge.approve(now, ChallengeTest.WEEK);
        em.persist(challenge);
        em.flush();
        return new Setting(challenge.getId(), lab.getId(), user.getId());
    }
}
