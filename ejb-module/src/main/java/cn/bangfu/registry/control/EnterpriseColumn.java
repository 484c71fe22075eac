package cn.bangfu.registry.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the enterprise spreadsheet, in order. */
public enum EnterpriseColumn implements SheetColumn {
    CREDIT_CODE("creditCode", "统一社会信用代码", "Unified social credit code", true, 22,
            "18 位，按营业执照填写，请按文本填写。空格和全角字符会去除或转为半角，小写字母转为大写；校验位不对、含 I、O、S、V、Z 等会逐项提示。"
                    + "已登记的代码更新该企业，新的代码新增企业。",
            "18 characters as on the business licence, as text. Spaces and full-width characters are removed or converted, lower case "
                    + "becomes upper case; a wrong check character or a letter I, O, S, V, Z is reported. A registered code updates "
                    + "that enterprise, a new code adds one."),
    NAME("name", "企业名称", "Enterprise name", true, 36,
            "不超过 100 个字符。",
            "At most 100 characters."),
    REGION_CODE("regionCode", "所在区划代码", "Region code", true, 16,
            "6 位（县）或 9 位（乡镇、街道）行政区划代码，须在您的管辖范围内，例如 430626101。",
            "The 6-digit (county) or 9-digit (township) GB/T 2260 region code, inside your area, e.g. 430626101."),
    INDUSTRY("industry", "行业门类", "Industry (GB/T 4754 section)", true, 24,
            "从下拉列表中选择，例如\"C 制造业\"；也可只填门类字母 A–T。",
            "Choose from the drop-down list, e.g. \"C 制造业\", or write the section letter A–T."),
    SCALE_FLAGS("scaleFlags", "规模类别（四上）", "Scale category (四上)", false, 16,
            "四上企业选择一项：规上工业（门类 B、C、D）、限上批零住餐（F、H）、资质内建筑（E）、规上服务业（G、I、K–R）；其他企业留空。",
            "For 四上 enterprises choose one: above-scale industry (sections B, C, D), above-quota trade (F, H), qualified construction (E), "
                    + "above-scale services (G, I, K–R); leave empty otherwise."),
    PARK("park", "所在园区", "Industrial park", false, 22,
            "选填，例如\"平江高新技术产业园区\"，不超过 100 个字符。",
            "Optional, e.g. 平江高新技术产业园区, at most 100 characters."),
    ADDRESS("address", "地址", "Address", false, 30,
            "选填，不超过 200 个字符。",
            "Optional, at most 200 characters."),
    LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人", "Legal representative", false, 12,
            "选填，不超过 50 个字符。",
            "Optional, at most 50 characters."),
    CONTACT_NAME("contactName", "联系人", "Contact person", false, 12,
            "选填，不超过 50 个字符。",
            "Optional, at most 50 characters."),
    CONTACT_PHONE("contactPhone", "联系电话", "Contact phone", false, 16,
            "选填，例如 13800138000 或 0730-6221001。",
            "Optional, e.g. 13800138000 or 0730-6221001."),
    TAGS("tags", "标签", "Tags", false, 20,
            "选填，多个标签用\"、\"分隔，例如\"鞋业、出口\"；最多 10 个，每个不超过 20 个字符。",
            "Optional; separate several tags with \"、\" (or a comma), e.g. 鞋业、出口; at most 10, each at most 20 characters.");

    private final Spec spec;

    EnterpriseColumn(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
        this.spec = new Spec(property, title, english, required, width, help, helpEnglish);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The letter of the column that holds a JSON property; null for a property no column holds. */
    public static String letterOf(String property) {
        return SheetColumn.letterOf(values(), property);
    }
}
