package org.jiebang.demo;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiebang.demo.DemoMarket.Spec;

/**
 * The demo market's challenges: real-sounding bottlenecks of the demo firms (new energy, materials,
 * intelligent manufacturing, textiles, environment...), each with its state and the demo research
 * organizations that bid on it. {@code ageDays} is how long ago it was published.
 */
final class DemoChallenges {

    static final String FIRM_A = "hengtai.zhao"; // 嘉兴恒泰新能源科技有限公司
    static final String FIRM_B = "yunzhi.sun"; // 杭州云织智能装备有限公司
    static final String FIRM_C = "hairui.zhou"; // 宁波海瑞精密机械股份有限公司
    static final String ZBUT = "zbut.wu"; // 浙北工业大学
    static final String YRDAM = "yrdam.zheng"; // 长三角先进材料研究院
    static final String ESS = "esslab.huang"; // 新型储能与电池安全重点实验室
    static final String JHIMI = "jhimi.lin"; // 嘉禾智能制造创新研究院

    /** Each bidder's principal (挂帅人): name, title, record. */
    static final Map<String, String[]> PRINCIPALS = Map.of(
            ZBUT, new String[] { "吴秀英", "教授、博士生导师", "主持国家重点研发计划课题 2 项，授权发明专利 31 件" },
            YRDAM, new String[] { "郑海涛", "研究员", "固态电解质方向首席科学家，主持省重大科技专项 3 项" },
            ESS, new String[] { "黄志明", "副研究员", "电池热安全团队负责人，牵头制定团体标准 2 项" },
            JHIMI, new String[] { "林晓峰", "高级工程师", "智能产线集成项目 40 余项，省级首台套 3 项" });

    static final Map<String, String> ORGANIZATIONS = Map.of(ZBUT, "浙北工业大学", YRDAM, "长三角先进材料研究院", ESS,
            "新型储能与电池安全重点实验室", JHIMI, "嘉禾智能制造创新研究院");

    static final List<Spec> ALL = List.of(
            // completed, with measured indicators and confirmed outcomes
            spec("COMPLETED", FIRM_A, "ENERGY_STORAGE", "330402", "高安全固态锂电池电解质界面改性关键技术攻关",
                    "解决固态电池循环过程中电解质与正极界面阻抗增长问题，支撑储能电芯量产。", "界面副反应导致 500 次循环后容量保持率低于 80%。",
                    600, 520, List.of(YRDAM, ESS), "循环寿命|≥ 3000|次|第三方检测机构按 GB/T 36276 测试",
                    "能量密度|≥ 260|Wh/kg|国家级检测中心出具报告"),
            spec("COMPLETED", FIRM_B, "TEXTILES", "330106", "经编织物疵点在线视觉检测系统研制",
                    "替代人工验布，实现高速经编机上的疵点实时识别与停机联动。", "人工验布漏检率约 8%，高速机台无法在线检测。", 180, 460,
                    List.of(JHIMI, ZBUT), "检出率|≥ 98|%|连续 3 个批次现场统计", "检测速度|≥ 60|米/分钟|产线实测"),
            spec("COMPLETED", FIRM_C, "INTELLIGENT_MANUFACTURING", "330212", "高速精密电主轴热变形误差补偿技术",
                    "降低加工中心连续运行时的主轴热伸长对加工精度的影响。", "连续运行 4 小时后 Z 向热漂移达 25 μm。", 260, 430,
                    List.of(ZBUT, JHIMI), "热漂移|≤ 5|μm|激光干涉仪测量 8 小时"),
            spec("COMPLETED", FIRM_A, "NEW_MATERIALS", "330411", "钠离子电池硬碳负极材料低成本制备工艺",
                    "以生物质为原料开发硬碳负极，降低钠电池材料成本。", "现有硬碳首效偏低、成本高于 8 万元/吨。", 320, 400,
                    List.of(YRDAM, ZBUT), "首次库伦效率|≥ 88|%|第三方检测", "材料成本|≤ 5|万元/吨|财务核算"),
            // in execution: milestones under way, one overdue, one paid partly with an innovation voucher
            spec("IN_EXECUTION", FIRM_A, "ENERGY_STORAGE", "330402", "储能电站电池热失控早期预警技术",
                    "基于多源传感实现电池热失控的分钟级早期预警。", "现有 BMS 仅能在温升明显后报警，处置窗口不足。", 450, 300,
                    List.of(ESS, YRDAM), "预警提前时间|≥ 10|分钟|模组级热滥用试验", "误报率|≤ 0.5|%|三个月现场运行统计"),
            spec("IN_EXECUTION", FIRM_B, "ARTIFICIAL_INTELLIGENCE", "330110", "纺织智能排产与能耗优化算法",
                    "综合订单、设备与电价的智能排产，降低单位产品能耗。", "排产依赖人工经验，峰时用电占比高。", 150, 260,
                    List.of(JHIMI, ZBUT), "单位能耗下降|≥ 12|%|能源管理系统计量"),
            spec("IN_EXECUTION", FIRM_C, "NEW_MATERIALS", "330212", "高端轴承钢纯净度控制与夹杂物检测",
                    "提升轴承钢纯净度，满足高速精密轴承寿命要求。", "氧含量与大颗粒夹杂物超标导致早期失效。", 380, 240,
                    List.of(YRDAM, ZBUT), "氧含量|≤ 6|ppm|第三方检测", "接触疲劳寿命|≥ 2000|万次|台架试验"),
            spec("IN_EXECUTION", FIRM_A, "ENVIRONMENT", "330402", "废旧三元锂电池湿法回收短流程工艺",
                    "缩短湿法回收流程并提高镍钴锰回收率。", "现有工艺流程长、酸耗高、回收率不稳定。", 280, 210,
                    List.of(ESS, ZBUT), "镍钴锰回收率|≥ 98|%|物料衡算与第三方检测"),
            spec("IN_EXECUTION", FIRM_B, "INTELLIGENT_MANUFACTURING", "330106", "高速经编机送经张力闭环控制系统",
                    "实现送经张力的闭环控制，减少断纱与横条疵点。", "张力波动大，断纱率高于行业先进水平。", 120, 190,
                    List.of(JHIMI), "张力波动|≤ 3|%|在线监测"),
            spec("IN_EXECUTION", FIRM_C, "INTEGRATED_CIRCUITS", "330281", "碳化硅衬底高效研磨抛光工艺",
                    "提高 6 英寸碳化硅衬底研磨抛光效率与表面质量。", "加工周期长、表面粗糙度不稳定。", 500, 170,
                    List.of(ZBUT, YRDAM), "表面粗糙度|≤ 0.2|nm|AFM 测量", "单片加工时间|≤ 6|小时|产线实测"),
            // terminated by agreement
            spec("TERMINATED", FIRM_B, "TEXTILES", "330106", "功能性涂层面料耐水洗性能提升",
                    "提升防水透湿涂层面料的耐水洗次数。", "50 次水洗后静水压下降超过 40%。", 90, 280, List.of(ZBUT),
                    "50 次水洗后静水压保持率|≥ 80|%|第三方检测"),
            // awarded, contract still a draft
            spec("AWARDED", FIRM_A, "NEW_ENERGY", "330402", "光伏组件回收中银与硅的高值化分离",
                    "开发退役光伏组件中银、硅高值化回收技术。", "现有物理法回收价值低，银回收率不足 70%。", 350, 90,
                    List.of(YRDAM, ESS), "银回收率|≥ 95|%|物料衡算"),
            spec("AWARDED", FIRM_C, "INTELLIGENT_MANUFACTURING", "330212", "数控机床故障预测与健康管理平台",
                    "基于运行数据预测主轴与进给系统故障。", "非计划停机多，维护依赖经验。", 200, 80, List.of(JHIMI, ZBUT),
                    "故障预测准确率|≥ 90|%|半年运行统计"),
            // on public notice, one with an open objection
            spec("AWARD_PROPOSED", FIRM_A, "ENERGY_STORAGE", "330402", "大容量储能电芯极片涂布一致性提升",
                    "提高大容量电芯极片涂布面密度一致性。", "面密度波动导致电芯一致性差、分容损耗高。", 260, 40,
                    List.of(ESS, YRDAM), "面密度波动|≤ 1.0|%|在线测厚仪"),
            spec("AWARD_PROPOSED", FIRM_B, "ARTIFICIAL_INTELLIGENCE", "330110", "服装版型智能生成与推版",
                    "根据人体数据与款式要求自动生成版型并推版。", "制版依赖老师傅，打样周期长。", 110, 38, List.of(JHIMI, ZBUT),
                    "打样次数|≤ 2|次|企业统计"),
            // evaluating, the panel scoring
            spec("EVALUATING", FIRM_C, "NEW_MATERIALS", "330212", "精密齿轮渗碳淬火畸变控制",
                    "控制精密齿轮渗碳淬火后的变形，减少磨齿余量。", "热处理畸变大，磨齿工时占比高。", 160, 28,
                    List.of(ZBUT, YRDAM), "齿向畸变|≤ 8|μm|齿轮测量中心"),
            spec("EVALUATING", FIRM_A, "NEW_ENERGY_VEHICLES", "330411", "动力电池包轻量化复合材料上盖",
                    "以复合材料上盖替代钢制上盖，实现电池包减重。", "钢制上盖重量大，阻燃与强度难兼顾。", 230, 25,
                    List.of(YRDAM, ESS, ZBUT), "减重|≥ 40|%|与现有方案对比称重", "阻燃等级|≥ V-0|级|UL94 测试"),
            spec("EVALUATING", FIRM_B, "SOFTWARE", "330106", "纺织企业工业互联网平台数据治理",
                    "打通设备、订单与质量数据，形成可复用的数据资产。", "数据口径不一，设备联网率低。", 80, 22, List.of(JHIMI),
                    "设备联网率|≥ 95|%|平台统计"),
            // failed (流榜): one with no bid at the close, one after evaluation
            spec("FAILED", FIRM_C, "AEROSPACE", "330212", "航空铝合金薄壁件高速铣削变形控制",
                    "控制薄壁件加工变形，提高一次合格率。", "薄壁件加工后变形超差，合格率约 70%。", 300, 120, List.of(),
                    "平面度|≤ 0.05|mm|三坐标测量"),
            spec("FAILED", FIRM_A, "FINE_CHEMICALS", "330402", "电解液添加剂国产化合成工艺",
                    "实现关键电解液添加剂的国产化合成。", "依赖进口，价格高且供货不稳定。", 140, 150, List.of(ZBUT),
                    "纯度|≥ 99.9|%|GC-MS 检测"),
            // cancelled after publication
            spec("CANCELLED", FIRM_B, "TEXTILES", "330106", "再生涤纶色纺纱色差控制", "控制再生涤纶色纺纱批间色差。",
                    "批间色差 ΔE 超过 1.5。", 60, 35, List.of(), "批间色差|≤ 0.8|ΔE|分光测色仪"),
            // published: taking bids, some with questions answered
            spec("PUBLISHED", FIRM_A, "ENERGY_STORAGE", "330402", "液冷储能系统温度均衡控制策略",
                    "优化液冷储能系统电芯温差，延长系统寿命。", "簇内最大温差超过 5 ℃。", 220, 10, List.of(ESS, YRDAM),
                    "电芯最大温差|≤ 3|℃|系统运行数据"),
            spec("PUBLISHED", FIRM_B, "ARTIFICIAL_INTELLIGENCE", "330110", "面料手感智能评价模型",
                    "以仪器数据预测面料主观手感评价。", "手感评价依赖专家，结果难复现。", 70, 9, List.of(JHIMI),
                    "与专家评价一致率|≥ 85|%|盲测"),
            spec("PUBLISHED", FIRM_C, "INTELLIGENT_MANUFACTURING", "330212", "机器人去毛刺柔性打磨工作站",
                    "以力控机器人替代人工去毛刺。", "人工打磨粉尘大、一致性差。", 130, 8, List.of(JHIMI, ZBUT),
                    "节拍|≤ 90|秒/件|产线实测", "毛刺残留合格率|≥ 99|%|抽检"),
            spec("PUBLISHED", FIRM_A, "NEW_MATERIALS", "330402", "高镍正极材料表面包覆改性",
                    "抑制高镍正极的表面副反应与产气。", "高温存储产气量大，循环衰减快。", 270, 7, List.of(YRDAM),
                    "45 ℃ 循环 1000 次容量保持率|≥ 85|%|第三方检测"),
            spec("PUBLISHED", FIRM_B, "ENVIRONMENT", "330106", "印染废水深度处理与回用", "实现印染废水深度处理后回用于生产。",
                    "回用水色度与盐分不达标。", 190, 6, List.of(ZBUT), "回用率|≥ 60|%|水平衡测试"),
            spec("PUBLISHED", FIRM_C, "MARINE", "330206", "海工装备大型铸件无损检测自动化", "实现大型铸件缺陷的自动化检测与评级。",
                    "人工超声检测效率低、漏检风险高。", 240, 5, List.of(), "缺陷检出率|≥ 99|%|对比试块"),
            spec("PUBLISHED", FIRM_A, "NEW_ENERGY", "330411", "分布式光伏功率预测与消纳优化", "提高园区分布式光伏功率预测精度。",
                    "预测误差大，弃光与购电并存。", 100, 4, List.of(), "日前预测准确率|≥ 92|%|三个月运行统计"),
            spec("PUBLISHED", FIRM_B, "BIOMEDICINE", "330110", "医用防护面料抗菌整理耐久性", "提升医用防护面料抗菌整理的耐洗性。",
                    "洗涤 20 次后抑菌率明显下降。", 50, 3, List.of(), "50 次洗涤后抑菌率|≥ 99|%|GB/T 20944 测试"),
            // pending review by staff
            spec("PENDING_REVIEW", FIRM_C, "INTELLIGENT_MANUFACTURING", "330212", "五轴联动加工中心空间误差辨识与补偿",
                    "快速辨识五轴机床空间误差并在线补偿。", "空间误差标定耗时长、补偿效果不稳定。", 210, 0, List.of(),
                    "空间误差|≤ 15|μm|球杆仪与激光跟踪仪"),
            spec("PENDING_REVIEW", FIRM_A, "ENERGY_STORAGE", "330402", "储能电池簇级主动均衡电路", "实现电池簇级高效主动均衡。",
                    "被动均衡能量损失大、速度慢。", 160, 0, List.of(), "均衡效率|≥ 90|%|台架测试"));

    private DemoChallenges() {
    }

    private static Spec spec(String state, String firm, String field, String region, String title, String summary,
            String problem, long budgetWan, int ageDays, List<String> bidders, String... indicators) {
        return new Spec(state, firm, field, region, title, summary, problem, budgetWan, List.of(indicators), ageDays, bidders);
    }

    /** An invention patent's title from the challenge's: {@code 一种……的方法}. */
    static String patentTitle(Spec spec) {
        String subject = spec.title().replaceAll("(关键技术攻关|技术攻关|攻关|研制|技术|工艺)$", "");
        return "一种" + subject + "方法";
    }

    static String orgName(String researcher) {
        return ORGANIZATIONS.get(researcher);
    }

    static String approach(Spec spec, int b) {
        return b == 0 ? "针对" + spec.title() + "，拟采用机理研究—小试验证—中试放大三段式技术路线，联合发榜方产线开展验证。"
                : "拟基于团队已有平台开展" + spec.title() + "研究，分阶段完成指标验证。";
    }

    private static final Pattern NUMBER = Pattern.compile("([≥≤])\\s*([0-9]+(?:\\.[0-9]+)?)");

    /** A promise a little better than the target: {@code ≥ 3000} → {@code ≥ 3300}. */
    static String promise(String target) {
        Matcher m = NUMBER.matcher(target);
        if (!m.find()) {
            return target;
        }
        double v = Double.parseDouble(m.group(2));
        double better = m.group(1).equals("≥") ? v * 1.1 : v * 0.9;
        return m.group(1) + " " + trim(better, m.group(2));
    }

    /** A measured value meeting the target (most) or just missing it (one in five), for the acceptance. */
    static String measured(String target, int seed) {
        Matcher m = NUMBER.matcher(target);
        if (!m.find()) {
            return target.replace("≥", "").replace("≤", "").strip();
        }
        double v = Double.parseDouble(m.group(2));
        boolean meets = seed % 5 != 4;
        double factor = m.group(1).equals("≥") ? (meets ? 1.05 : 0.97) : (meets ? 0.92 : 1.04);
        return trim(v * factor, m.group(2));
    }

    private static String trim(double value, String like) {
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        return java.math.BigDecimal.valueOf(value).setScale(Math.max(decimals, value >= 10 ? 0 : 1),
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
