package org.jiebang.platform.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Administrative division codes (GB/T 2260, 行政区划代码): six digits, of which the first two name
 * the province-level division. Codes are checked against the 34 province-level divisions; pages
 * show a code with its province's name, and the hall filters by province.
 */
public final class Regions {

    /** A province-level division: its code ({@code 330000}) and names. */
    public record Province(String code, String nameZh, String nameEn) {
        public String name(boolean english) {
            return english ? nameEn : nameZh;
        }
    }

    private static final Map<String, Province> PROVINCES = new LinkedHashMap<>();

    static {
        add("11", "北京市", "Beijing");
        add("12", "天津市", "Tianjin");
        add("13", "河北省", "Hebei");
        add("14", "山西省", "Shanxi");
        add("15", "内蒙古自治区", "Inner Mongolia");
        add("21", "辽宁省", "Liaoning");
        add("22", "吉林省", "Jilin");
        add("23", "黑龙江省", "Heilongjiang");
        add("31", "上海市", "Shanghai");
        add("32", "江苏省", "Jiangsu");
        add("33", "浙江省", "Zhejiang");
        add("34", "安徽省", "Anhui");
        add("35", "福建省", "Fujian");
        add("36", "江西省", "Jiangxi");
        add("37", "山东省", "Shandong");
        add("41", "河南省", "Henan");
        add("42", "湖北省", "Hubei");
        add("43", "湖南省", "Hunan");
        add("44", "广东省", "Guangdong");
        add("45", "广西壮族自治区", "Guangxi");
        add("46", "海南省", "Hainan");
        add("50", "重庆市", "Chongqing");
        add("51", "四川省", "Sichuan");
        add("52", "贵州省", "Guizhou");
        add("53", "云南省", "Yunnan");
        add("54", "西藏自治区", "Tibet");
        add("61", "陕西省", "Shaanxi");
        add("62", "甘肃省", "Gansu");
        add("63", "青海省", "Qinghai");
        add("64", "宁夏回族自治区", "Ningxia");
        add("65", "新疆维吾尔自治区", "Xinjiang");
        add("71", "台湾省", "Taiwan");
        add("81", "香港特别行政区", "Hong Kong");
        add("82", "澳门特别行政区", "Macao");
    }

    private static void add(String prefix, String zh, String en) {
        PROVINCES.put(prefix, new Province(prefix + "0000", zh, en));
    }

    private Regions() {
    }

    public static List<Province> provinces() {
        return List.copyOf(PROVINCES.values());
    }

    /** Whether {@code code} is six digits within a province-level division. */
    public static boolean isValid(String code) {
        return code != null && code.matches("[0-9]{6}") && PROVINCES.containsKey(code.substring(0, 2));
    }

    public static Optional<Province> provinceOf(String code) {
        return code == null || code.length() < 2 ? Optional.empty() : Optional.ofNullable(PROVINCES.get(code.substring(0, 2)));
    }

    /** The code with its province's name, e.g. {@code 浙江省 330402}; the bare code when unknown. */
    public static String label(String code, boolean english) {
        if (code == null) {
            return "";
        }
        return provinceOf(code).map(p -> p.name(english) + " " + code).orElse(code);
    }

    /**
     * Whether the region {@code accepted} covers {@code code}: a province ({@code 330000}) covers its
     * prefectures and counties, a prefecture ({@code 330400}) its counties, a county itself.
     */
    public static boolean covers(String accepted, String code) {
        if (accepted == null || code == null || accepted.length() != 6 || code.length() != 6) {
            return false;
        }
        if (accepted.endsWith("0000")) {
            return code.startsWith(accepted.substring(0, 2));
        }
        if (accepted.endsWith("00")) {
            return code.startsWith(accepted.substring(0, 4));
        }
        return accepted.equals(code);
    }
}
