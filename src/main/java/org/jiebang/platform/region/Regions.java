package org.jiebang.platform.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Administrative division codes (GB/T 2260, 行政区划代码): six digits, of which the first two name
 * the province-level division. Codes are checked against the 34 province-level divisions; pages
 * show a code by its names ({@code 浙江省嘉兴市南湖区}, from the prefecture and county list in
 * {@code divisions.tsv}), fields find codes by those names, and the hall filters by province.
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

    /**
     * A prefecture- or county-level division's names ({@code 南湖区}, {@code Nanhu District}) and the
     * English name as a search compares it ({@code nanhudistrict}).
     */
    private record Division(String nameZh, String nameEn, String searchKey) {
        Division(String nameZh, String nameEn) {
            this(nameZh, nameEn, latinKey(nameEn));
        }
    }

    /** Lower case without spaces, apostrophes and hyphens: {@code Lu'an} and {@code lu an} are both {@code luan}. */
    private static String latinKey(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s'’-]", "");
    }

    private static volatile Map<String, Division> divisions;

    /** Prefecture- and county-level names by code, read once from {@code divisions.tsv}. */
    private static Map<String, Division> divisions() {
        Map<String, Division> names = divisions;
        if (names == null) {
            names = new LinkedHashMap<>();
            try (var in = Regions.class.getResourceAsStream("divisions.tsv");
                 var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] columns = line.split("\t");
                    if (!line.startsWith("#") && columns.length == 3 && columns[0].length() == 6) {
                        names.put(columns[0], new Division(columns[1], columns[2]));
                    }
                }
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("divisions.tsv cannot be read", e);
            }
            divisions = names = java.util.Collections.unmodifiableMap(names);
        }
        return names;
    }

    /**
     * The division's name as people write it: {@code 浙江省嘉兴市南湖区}, {@code 浙江省嘉兴市},
     * {@code 浙江省}; in English from the smallest to the province, in pinyin ({@code Nanhu District,
     * Jiaxing, Zhejiang}). A code this list does not know keeps its digits ({@code 浙江省 330499});
     * an unknown province gives the bare code.
     */
    public static String label(String code, boolean english) {
        if (code == null) {
            return "";
        }
        Optional<Province> province = provinceOf(code);
        if (province.isEmpty() || !code.matches("[0-9]{6}")) {
            return code;
        }
        if (code.endsWith("0000")) {
            return province.get().name(english);
        }
        Division city = divisions().get(code.substring(0, 4) + "00");
        Division county = code.endsWith("00") ? null : divisions().get(code);
        if ((county == null && !code.endsWith("00")) || (city == null && code.endsWith("00"))) {
            return province.get().name(english) + " " + code;
        }
        if (english) {
            return java.util.stream.Stream.of(county, city).filter(java.util.Objects::nonNull).map(d -> d.nameEn() + ", ")
                    .collect(java.util.stream.Collectors.joining()) + province.get().nameEn();
        }
        return province.get().nameZh() + (city == null ? "" : city.nameZh()) + (county == null ? "" : county.nameZh());
    }

    /** The label with its code, as a field offers and reads it back: {@code 浙江省嘉兴市南湖区 330402}. */
    public static String choice(String code, boolean english) {
        String label = label(code, english);
        return code == null || label.endsWith(code) ? label : label + " " + code;
    }

    /** The prefecture and county codes that start with {@code digits}, at most {@code limit}. */
    public static List<String> coded(String digits, int limit) {
        return divisions().keySet().stream().filter(code -> code.startsWith(digits)).limit(limit).toList();
    }

    /**
     * Codes whose name contains {@code text} (a province, a city such as {@code 嘉兴} or
     * {@code jiaxing}, a county; pinyin without regard to case, spaces or apostrophes), each city
     * followed by its counties, at most {@code limit}.
     */
    public static List<String> named(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (Province p : PROVINCES.values()) {
            if (p.nameZh().contains(q) || p.nameEn().toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                codes.add(p.code());
            }
        }
        String latin = latinKey(q);
        boolean pinyin = !latin.isEmpty() && latin.chars().allMatch(c -> c < 128);
        for (Map.Entry<String, Division> division : divisions().entrySet()) {
            if (division.getValue().nameZh().contains(q) || (pinyin && division.getValue().searchKey().contains(latin))) {
                codes.add(division.getKey());
                if (division.getKey().endsWith("00")) {
                    String city = division.getKey().substring(0, 4);
                    divisions().keySet().stream().filter(c -> c.startsWith(city) && !c.endsWith("00")).forEach(codes::add);
                }
            }
        }
        return codes.stream().limit(limit).toList();
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
