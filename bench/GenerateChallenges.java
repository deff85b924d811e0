import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a migrated Jiebang database with N published challenges in realistic Chinese and English,
 * for the search benchmark (bench/search.sh). Run with MySQL Connector/J on the class path:
 *   java -cp mysql-connector-j.jar bench/GenerateChallenges.java JDBC_URL USER PASSWORD N
 * Deterministic (fixed seed), so two runs generate the same data.
 */
public class GenerateChallenges {

    static final String[] FIELDS = { "NEW_MATERIALS", "NEW_ENERGY", "ENERGY_STORAGE", "INTELLIGENT_MANUFACTURING",
            "INTEGRATED_CIRCUITS", "ARTIFICIAL_INTELLIGENCE", "SOFTWARE", "BIOMEDICINE", "MEDICAL_DEVICES",
            "NEW_ENERGY_VEHICLES", "AEROSPACE", "MARINE", "ENVIRONMENT", "AGRICULTURE", "TEXTILES", "FINE_CHEMICALS",
            "PHOTONICS" };
    static final String[] REGIONS = { "330102", "330106", "330108", "330110", "330212", "330203", "330402", "330411",
            "330421", "330502", "330602", "330702", "330782", "320505", "310115", "340104" };
    static final String[] OBJECTS = { "固态锂电池", "钠离子电池", "高镍三元正极", "硅碳负极", "钙钛矿光伏组件", "氢燃料电池电堆",
            "碳化硅功率器件", "高精度减速器", "工业机器人", "数控机床主轴", "光刻胶", "高纯石英砂", "碳纤维复合材料",
            "生物基尼龙", "可降解塑料", "医用导管", "手术机器人", "mRNA 递送载体", "抗体药物", "智能网联汽车", "激光雷达",
            "航空发动机叶片", "海上风电基础", "污水处理膜", "废旧电池回收", "茶叶采摘机", "丝绸印染", "芳纶纤维",
            "工业视觉检测", "大模型推理芯片", "边缘计算网关", "热管理系统", "柔性显示面板", "光纤激光器" };
    static final String[] ISSUES = { "循环寿命不足", "界面稳定性差", "良品率偏低", "能耗过高", "成本居高不下", "一致性差",
            "耐高温性能不足", "精度保持性差", "国产化替代", "量产工艺不成熟", "检测效率低", "可靠性验证缺失", "热失控风险",
            "材料纯度不达标", "寿命预测不准" };
    static final String[] ACTIONS = { "关键技术攻关", "工艺优化", "国产化研制", "性能提升", "失效机理研究", "智能化改造",
            "中试放大", "检测方法开发" };
    static final String[] EN_OBJECTS = { "solid-state battery", "sodium-ion cell", "perovskite module", "silicon carbide MOSFET",
            "harmonic reducer", "machine vision inspection", "membrane bioreactor", "carbon fibre prepreg",
            "hydrogen fuel cell stack", "battery recycling line", "lidar sensor", "surgical robot arm" };
    static final String[] EN_ISSUES = { "short cycle life", "low yield", "high energy consumption", "poor consistency",
            "thermal runaway risk", "insufficient precision", "high cost", "slow inspection" };
    static final String[] INDICATORS = { "循环寿命|≥ 3000|次|第三方检测机构按 GB/T 31484 测试", "能量密度|≥ 300|Wh/kg|国家级检测中心出具报告",
            "良品率|≥ 98|%|连续三批次生产统计", "单位能耗|≤ 0.8|kWh/件|用户现场计量", "定位精度|≤ 5|μm|激光干涉仪测量",
            "成本|≤ 60|元/件|财务核算", "检测速度|≥ 120|件/分钟|产线实测", "纯度|≥ 99.999|%|ICP-MS 检测", "转换效率|≥ 25|%|权威机构认证",
            "故障间隔|≥ 2000|小时|用户试用报告" };
    static final String[] SURNAMES = { "赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "沈", "韩", "杨", "朱", "许" };

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[3]);
        Random random = new Random(20261123);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long[] owners = new long[40];
            long[] users = new long[40];
            try (PreparedStatement org = db.prepareStatement("INSERT INTO organization (version, created_at, updated_at,"
                    + " name, type, uscc, region, address, contact_name, contact_phone, email, status, verified_at)"
                    + " VALUES (0, ?, ?, ?, 'ENTERPRISE', ?, ?, '浙江省', ?, '0573-8000000', 'bench@example.cn', 'VERIFIED', ?)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement user = db.prepareStatement("INSERT INTO app_user (version, created_at, updated_at,"
                            + " username, password_hash, display_name, email, organization_id, enabled)"
                            + " VALUES (0, ?, ?, ?, 'PBKDF2WithHmacSHA256:600000:x:y', ?, 'bench@example.cn', ?, TRUE)",
                            Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < owners.length; i++) {
                    String t = time.format(now);
                    org.setString(1, t);
                    org.setString(2, t);
                    org.setString(3, "基准测试" + OBJECTS[i % OBJECTS.length] + "科技有限公司" + i);
                    org.setString(4, String.format("BENCH%013d", i));
                    org.setString(5, REGIONS[i % REGIONS.length]);
                    org.setString(6, SURNAMES[i % SURNAMES.length] + "经理");
                    org.setString(7, t);
                    org.executeUpdate();
                    try (ResultSet keys = org.getGeneratedKeys()) {
                        keys.next();
                        owners[i] = keys.getLong(1);
                    }
                    user.setString(1, t);
                    user.setString(2, t);
                    user.setString(3, "bench" + i);
                    user.setString(4, SURNAMES[i % SURNAMES.length] + "工");
                    user.setLong(5, owners[i]);
                    user.executeUpdate();
                    try (ResultSet keys = user.getGeneratedKeys()) {
                        keys.next();
                        users[i] = keys.getLong(1);
                    }
                }
            }
            db.commit();
            String insert = "INSERT INTO challenge (version, created_at, updated_at, owner_organization_id, created_by, title,"
                    + " summary, background, problem, field_code, industry, region, budget, deadline, duration_months,"
                    + " ip_terms, confidential_details, max_awards, evaluation, status, submitted_at, published_at, amendments,"
                    + " keywords, indicators) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'SINGLE', ?, ?, ?, 0,"
                    + " ?, ?)";
            try (PreparedStatement challenge = db.prepareStatement(insert)) {
                for (int i = 0; i < n; i++) {
                    int owner = random.nextInt(owners.length);
                    boolean english = random.nextInt(5) == 0;
                    String object = OBJECTS[random.nextInt(OBJECTS.length)];
                    String issue = ISSUES[random.nextInt(ISSUES.length)];
                    String title = english
                            ? "Improving " + EN_OBJECTS[random.nextInt(EN_OBJECTS.length)] + ": "
                                    + EN_ISSUES[random.nextInt(EN_ISSUES.length)]
                            : object + issue + ACTIONS[random.nextInt(ACTIONS.length)];
                    String summary = english ? "We need a partner to solve " + EN_ISSUES[random.nextInt(EN_ISSUES.length)]
                            + " in our " + EN_OBJECTS[random.nextInt(EN_OBJECTS.length)] + " production."
                            : "针对" + object + issue + "的问题，征集科研团队开展联合攻关，成果在本企业产线验证。";
                    String problem = english ? "Current process shows " + EN_ISSUES[random.nextInt(EN_ISSUES.length)]
                            + "; target customers require certification within two years."
                            : "目前" + object + "在量产中存在" + issue + "、" + ISSUES[random.nextInt(ISSUES.length)]
                                    + "等问题，企业自身研发力量难以突破，需在 " + (12 + random.nextInt(24)) + " 个月内完成攻关。";
                    boolean open = random.nextInt(10) < 7;
                    LocalDateTime published = now.minusDays(random.nextInt(300)).minusMinutes(random.nextInt(1440));
                    LocalDateTime deadline = open ? now.plusDays(1 + random.nextInt(90)) : published.plusDays(30);
                    challenge.setString(1, time.format(published));
                    challenge.setString(2, time.format(published));
                    challenge.setLong(3, owners[owner]);
                    challenge.setLong(4, users[owner]);
                    challenge.setString(5, title);
                    challenge.setString(6, summary);
                    challenge.setString(7, "企业年产值约 " + (1 + random.nextInt(50)) + " 亿元，该问题影响主要产品竞争力。");
                    challenge.setString(8, problem);
                    challenge.setString(9, FIELDS[random.nextInt(FIELDS.length)]);
                    challenge.setString(10, english ? "Manufacturing" : "制造业");
                    challenge.setString(11, REGIONS[random.nextInt(REGIONS.length)]);
                    challenge.setBigDecimal(12, BigDecimal.valueOf((5 + random.nextInt(500)) * 10_000L, 0).setScale(2));
                    challenge.setString(13, time.format(deadline));
                    challenge.setInt(14, 6 + random.nextInt(30));
                    challenge.setString(15, "成果归发榜方所有，揭榜方享有署名权");
                    challenge.setString(16, "工艺参数详见附件（仅认证机构可见）");
                    challenge.setString(17, open ? "PUBLISHED" : "EVALUATING");
                    challenge.setString(18, time.format(published.minusDays(2)));
                    challenge.setString(19, time.format(published));
                    // the keywords are kept in the row as a JSON array (none of these words needs escaping)
                    List<String> words = List.of(object, issue.substring(0, 2), english ? "battery" : "攻关");
                    challenge.setString(20, "[\"" + String.join("\",\"", words) + "\"]");
                    // and so are the indicators, as JSON objects (nor do these)
                    List<String> indicators = new ArrayList<>();
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        String[] parts = INDICATORS[random.nextInt(INDICATORS.length)].split("\\|");
                        indicators.add("{\"name\":\"" + parts[0] + "\",\"target\":\"" + parts[1] + "\",\"unit\":\""
                                + parts[2] + "\",\"verification\":\"" + parts[3] + "\"}");
                    }
                    challenge.setString(21, "[" + String.join(",", indicators) + "]");
                    challenge.addBatch();
                    if (i % 500 == 499) {
                        challenge.executeBatch();
                        db.commit();
                    }
                }
                challenge.executeBatch();
                db.commit();
            }
        }
        System.out.println("generated " + n + " challenges");
    }
}
