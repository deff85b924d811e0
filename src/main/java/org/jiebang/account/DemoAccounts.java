package org.jiebang.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.security.PasswordHasher;

/**
 * Demo organizations and accounts, loaded only when {@code jiebang.demo} is true (the README lists
 * them). Loading twice changes nothing: what exists (by credit code or user name) is left alone.
 * Every demo account has the password {@link #PASSWORD}.
 */
@ApplicationScoped
public class DemoAccounts {

    /** The one password of every demo account; a demo is not a production system. */
    public static final String PASSWORD = "jiebang2026";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record DemoOrg(String name, OrganizationType type, String usccBase, String region, String address,
            String contact, String phone, String email, List<DemoUser> users) {
    }

    record DemoUser(String username, String displayName, String email, Role... roles) {
    }

    static final List<DemoUser> STAFF_AND_EXPERTS = List.of(
            new DemoUser("admin", "系统管理员", "admin@jiebang.local", Role.ADMIN),
            new DemoUser("staff.li", "李明华", "liminghua@jxtm.gov.cn", Role.STAFF),
            new DemoUser("staff.wang", "王晓燕", "wangxiaoyan@jxtm.gov.cn", Role.STAFF),
            new DemoUser("expert.chen", "陈志远", "chenzhiyuan@expert.cn", Role.EXPERT),
            new DemoUser("expert.zhang", "张国强", "zhangguoqiang@expert.cn", Role.EXPERT),
            new DemoUser("expert.wu", "吴建平", "wujianping@expert.cn", Role.EXPERT));

    static final List<DemoOrg> ORGANIZATIONS = List.of(
            new DemoOrg("嘉兴恒泰新能源科技有限公司", OrganizationType.ENTERPRISE, "91330402MA2BH7K3X", "330402",
                    "浙江省嘉兴市南湖区亚太路 1052 号", "赵建国", "0573-82281166", "contact@hengtai-energy.cn",
                    List.of(new DemoUser("hengtai.zhao", "赵建国", "zhaojianguo@hengtai-energy.cn", Role.ENTERPRISE),
                            new DemoUser("hengtai.qian", "钱蕾", "qianlei@hengtai-energy.cn", Role.ENTERPRISE))),
            new DemoOrg("杭州云织智能装备有限公司", OrganizationType.ENTERPRISE, "91330106MA27XQ5L2", "330106",
                    "浙江省杭州市西湖区西园八路 11 号", "孙丽娟", "0571-86612200", "info@yunzhi-tech.cn",
                    List.of(new DemoUser("yunzhi.sun", "孙丽娟", "sunlijuan@yunzhi-tech.cn", Role.ENTERPRISE))),
            new DemoOrg("宁波海瑞精密机械股份有限公司", OrganizationType.ENTERPRISE, "91330212144078523", "330212",
                    "浙江省宁波市鄞州区天童南路 588 号", "周伟", "0574-87456321", "office@hairui-precision.cn",
                    List.of(new DemoUser("hairui.zhou", "周伟", "zhouwei@hairui-precision.cn", Role.ENTERPRISE))),
            new DemoOrg("浙北工业大学", OrganizationType.UNIVERSITY, "12330400470120581", "330402",
                    "浙江省嘉兴市南湖区越秀南路 56 号", "吴秀英", "0573-83643000", "kjc@zbut.edu.cn",
                    List.of(new DemoUser("zbut.wu", "吴秀英", "wuxiuying@zbut.edu.cn", Role.RESEARCHER),
                            new DemoUser("zbut.liu", "刘静", "liujing@zbut.edu.cn", Role.RESEARCHER, Role.EXPERT))),
            new DemoOrg("长三角先进材料研究院", OrganizationType.RESEARCH_INSTITUTE, "12330000MB0H2736X", "330108",
                    "浙江省杭州市滨江区江南大道 3850 号", "郑海涛", "0571-88216600", "office@yrdam.ac.cn",
                    List.of(new DemoUser("yrdam.zheng", "郑海涛", "zhenghaitao@yrdam.ac.cn", Role.RESEARCHER),
                            new DemoUser("yrdam.he", "何雨欣", "heyuxin@yrdam.ac.cn", Role.RESEARCHER))),
            new DemoOrg("新型储能与电池安全重点实验室", OrganizationType.LAB, "12330100MB1745925", "330110",
                    "浙江省杭州市余杭区文一西路 1818 号", "黄志明", "0571-89012345", "lab@ess-safety.cn",
                    List.of(new DemoUser("esslab.huang", "黄志明", "huangzhiming@ess-safety.cn", Role.RESEARCHER))),
            new DemoOrg("嘉禾智能制造创新研究院", OrganizationType.NEW_RD_INSTITUTION, "52330402MJ9017431", "330402",
                    "浙江省嘉兴市南湖区凌公塘路 3339 号", "林晓峰", "0573-82588899", "contact@jhimi.org.cn",
                    List.of(new DemoUser("jhimi.lin", "林晓峰", "linxiaofeng@jhimi.org.cn", Role.RESEARCHER))));

    /** A firm that waits in the staff queue, so the queue is not empty in a demo. */
    static final DemoOrg PENDING = new DemoOrg("湖州绿源环保材料有限公司", OrganizationType.ENTERPRISE, "91330502MA2D8R6N1",
            "330502", "浙江省湖州市吴兴区苕溪东路 200 号", "徐芳", "0572-2156789", "xufang@lvyuan-env.cn",
            List.of(new DemoUser("lvyuan.xu", "徐芳", "xufang@lvyuan-env.cn", Role.ENTERPRISE)));

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** The full credit code of a demo organization: its base and the GB 32100-2015 check character. */
    static String uscc(String base) {
        return base + Uscc.checkCharacterOf(base);
    }

    @Transactional
    public void load() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(PASSWORD);
        int created = 0;
        for (DemoUser user : STAFF_AND_EXPERTS) {
            created += createUser(user, null, hash);
        }
        for (DemoOrg org : ORGANIZATIONS) {
            created += createOrganization(org, true, hash);
        }
        created += createOrganization(PENDING, false, hash);
        if (created > 0) {
            LOG.info(() -> "demo data: created " + ORGANIZATIONS.size() + " organizations and their accounts");
        }
    }

    private int createOrganization(DemoOrg demo, boolean verified, String hash) {
        String uscc = uscc(demo.usccBase());
        Organization organization = accounts.findOrganizationByUscc(uscc).orElse(null);
        int created = 0;
        if (organization == null) {
            OrganizationForm form = new OrganizationForm();
            form.setName(demo.name());
            form.setType(demo.type());
            form.setUscc(uscc);
            form.setRegion(demo.region());
            form.setAddress(demo.address());
            form.setContactName(demo.contact());
            form.setContactPhone(demo.phone());
            form.setEmail(demo.email());
            organization = new Organization(form);
            if (verified) {
                organization.verify(Instant.now());
            }
            em.persist(organization);
            em.flush();
            audit.record("system", "ORGANIZATION_REGISTERED", "Organization", organization.getId(), null,
                    organization.auditState());
            created++;
        }
        for (DemoUser user : demo.users()) {
            created += createUser(user, organization, hash);
        }
        return created;
    }

    private int createUser(DemoUser demo, Organization organization, String hash) {
        if (accounts.findUser(demo.username()).isPresent()) {
            return 0;
        }
        UserForm form = new UserForm();
        form.setUsername(demo.username());
        form.setDisplayName(demo.displayName());
        form.setEmail(demo.email());
        User user = new User(form, hash, organization, EnumSet.copyOf(List.of(demo.roles())));
        em.persist(user);
        em.flush();
        audit.record("system", "USER_CREATED", "User", user.getId(), null, user.auditState());
        return 1;
    }
}
