package org.jiebang.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.security.PasswordHasher;

/**
 * At start-up, after the migrations: creates user {@code admin} with role {@code ADMIN} from
 * {@code jiebang.admin.password} when no admin exists (SPEC §11), then loads the demo accounts when
 * {@code jiebang.demo} is true.
 */
@Singleton
@Startup
@DependsOn("Database")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    DemoAccounts demo;

    @Inject
    @ConfigProperty(name = "jiebang.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "jiebang.demo", defaultValue = "false")
    boolean demoWanted;

    @PostConstruct
    void start() {
        adminPassword.filter(p -> !p.isBlank()).ifPresent(this::createAdminIfNone);
        if (demoWanted) {
            demo.load();
        }
    }

    private void createAdminIfNone(String password) {
        long admins = em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        if (!PasswordRules.isAcceptable(password)) {
            throw new IllegalStateException("jiebang.admin.password (JIEBANG_ADMIN_PASSWORD) is too weak: it needs "
                    + User.PASSWORD_MIN + " to " + User.PASSWORD_MAX + " characters with a letter and a digit");
        }
        if (em.createQuery("SELECT COUNT(u) FROM User u WHERE u.username = 'admin'", Long.class).getSingleResult() > 0) {
            LOG.warning("a user 'admin' exists without the ADMIN role: no admin created");
            return;
        }
        UserForm form = new UserForm();
        form.setUsername("admin");
        form.setDisplayName("系统管理员");
        form.setEmail("admin@jiebang.local");
        User admin = new User(form, new PasswordHasher().hash(password), null, EnumSet.of(Role.ADMIN));
        em.persist(admin);
        em.flush();
        audit.record("system", "USER_CREATED", "User", admin.getId(), null, admin.auditState());
        LOG.info("created user admin from jiebang.admin.password");
    }
}
