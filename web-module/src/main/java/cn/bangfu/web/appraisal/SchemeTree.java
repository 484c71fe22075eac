package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeGrading;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scheme as the editor holds it while it is changed: the header fields, the indicator tree as mutable rows and the vetoes,
 * turned into the {@link SchemeData} the boundary checks and saves. Because the editor builds the tree, it knows which row
 * an error path of the boundary ({@code indicators[0].children[1].formula}) is about, and so where its message goes.
 *
 * <p>The editor shows the tree as one table of rows in tree order ({@link #rows()}), each row indented by its depth: a row's
 * inputs then have stable client ids ({@code schemes:rows:3:formula}) whatever is folded or moved, which a tree table's
 * node keys would not give.
 */
public class SchemeTree implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> KINDS = List.of("AUTO", "MANUAL", "DEDUCTION", "BONUS", "GROUP");
    public static final List<String> SEVERITIES = List.of("MINOR", "MAJOR", "SERIOUS");
    /** The inputs of a row and of a veto, by the field the boundary names them with. */
    private static final List<String> ROW_INPUTS = List.of("code", "name", "kind", "max", "formula", "rule");
    private static final List<String> VETO_INPUTS = List.of("code", "name", "condition", "capGrade");
    private static final List<String> HEADER_INPUTS = List.of("name", "periodType", "from", "to", "appliesTo", "unitTypes", "total", "bonusCap");
    /** The grade rules' inputs, by the field the boundary names them with after {@code grading.}: the input has the same id. */
    public static final List<String> GRADING_INPUTS = List.of("excellentFrom", "goodFrom", "passFrom", "excellentQuotaPercent", "goodQuotaPercent");

    /** One indicator; its children are the rows of a GROUP. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private String kind = "MANUAL";
        private BigDecimal max;
        private String formula;
        private BigDecimal minor;
        private BigDecimal major;
        private BigDecimal serious;
        private String rule;
        private Row parent;
        private final List<Row> children = new ArrayList<>();

        public boolean isGroup() {
            return "GROUP".equals(kind);
        }

        public boolean isBonus() {
            return "BONUS".equals(kind);
        }

        /** 0 at the top, 1 under a group, and so on. */
        public int getDepth() {
            int d = 0;
            for (Row p = parent; p != null; p = p.parent) {
                d++;
            }
            return d;
        }

        public Row getParent() {
            return parent;
        }

        public List<Row> getChildren() {
            return children;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getMax() {
            return max;
        }

        public void setMax(BigDecimal max) {
            this.max = max;
        }

        public String getFormula() {
            return formula;
        }

        public void setFormula(String formula) {
            this.formula = formula;
        }

        public BigDecimal getMinor() {
            return minor;
        }

        public void setMinor(BigDecimal minor) {
            this.minor = minor;
        }

        public BigDecimal getMajor() {
            return major;
        }

        public void setMajor(BigDecimal major) {
            this.major = major;
        }

        public BigDecimal getSerious() {
            return serious;
        }

        public void setSerious(BigDecimal serious) {
            this.serious = serious;
        }

        public String getRule() {
            return rule;
        }

        public void setRule(String rule) {
            this.rule = rule;
        }

        @Override
        public String toString() {
            return code + " " + kind;
        }
    }

    /** One veto (一票否决). */
    public static final class VetoRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private String condition;
        private String capGrade = "PASS";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition;
        }

        public String getCapGrade() {
            return capGrade;
        }

        public void setCapGrade(String capGrade) {
            this.capGrade = capGrade;
        }
    }

    private Long id;
    private Long version;
    private String status;
    private Integer schemeVersion;
    private String name;
    private String periodType;
    private LocalDate from;
    private LocalDate to;
    private String appliesTo;
    private List<String> unitTypes = new ArrayList<>();
    private BigDecimal total;
    private BigDecimal bonusCap;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal passFrom;
    private Integer excellentQuotaPercent;
    private Integer goodQuotaPercent;
    private final List<Row> top = new ArrayList<>();
    private final List<VetoRow> vetoes = new ArrayList<>();
    /** The rows in tree order, kept between requests so a table's row index means the same row until the tree changes. */
    private List<Row> flat;

    /** The tree of a scheme as read. */
    public static SchemeTree of(SchemeData d) {
        SchemeTree t = new SchemeTree();
        t.id = d.id();
        t.version = d.version();
        t.status = d.status();
        t.schemeVersion = d.schemeVersion();
        t.name = d.name();
        t.periodType = d.periodType();
        t.from = d.from();
        t.to = d.to();
        t.appliesTo = d.appliesTo();
        t.unitTypes = d.unitTypes() == null ? new ArrayList<>() : new ArrayList<>(d.unitTypes());
        t.total = d.total();
        t.bonusCap = d.bonusCap();
        t.grading(d.grading() == null ? SchemeGrading.defaults(d.total()).data() : d.grading());
        for (SchemeData.IndicatorData i : d.indicators() == null ? List.<SchemeData.IndicatorData>of() : d.indicators()) {
            t.top.add(row(i, null));
        }
        for (SchemeData.VetoData v : d.vetoes() == null ? List.<SchemeData.VetoData>of() : d.vetoes()) {
            VetoRow r = new VetoRow();
            r.code = v.code();
            r.name = v.name();
            r.condition = v.condition();
            r.capGrade = v.capGrade();
            t.vetoes.add(r);
        }
        return t;
    }

    /**
     * The smallest scheme that saves, to start from nothing: the whole year, all units, 100 points in one indicator the
     * evaluators score. The evaluator renames and splits it.
     */
    public static SchemeTree skeleton(String name, int year, String indicatorName) {
        SchemeTree t = new SchemeTree();
        t.status = "DRAFT";
        t.name = name;
        t.periodType = "ANNUAL";
        t.from = LocalDate.of(year, 1, 1);
        t.to = LocalDate.of(year, 12, 31);
        t.appliesTo = "ALL";
        t.total = new BigDecimal("100");
        t.bonusCap = BigDecimal.ZERO;
        t.grading(SchemeGrading.defaults(t.total).data());
        Row first = new Row();
        first.code = "A";
        first.name = indicatorName;
        first.kind = "MANUAL";
        first.max = new BigDecimal("100");
        t.top.add(first);
        return t;
    }

    private void grading(SchemeData.GradingData g) {
        excellentFrom = g.excellentFrom();
        goodFrom = g.goodFrom();
        passFrom = g.passFrom();
        excellentQuotaPercent = g.excellentQuotaPercent();
        goodQuotaPercent = g.goodQuotaPercent();
    }

    /** The grade rules as typed, sent whole: the editor shows the rules in force, so saving keeps what the evaluator sees. */
    public SchemeData.GradingData gradingData() {
        return new SchemeData.GradingData(excellentFrom, goodFrom, passFrom, excellentQuotaPercent, goodQuotaPercent);
    }

    private static Row row(SchemeData.IndicatorData i, Row parent) {
        Row r = new Row();
        r.code = i.code();
        r.name = i.name();
        r.kind = i.kind();
        r.max = i.max();
        r.formula = i.formula();
        r.rule = i.rule();
        r.parent = parent;
        if (i.deductions() != null) {
            r.minor = i.deductions().get("MINOR");
            r.major = i.deductions().get("MAJOR");
            r.serious = i.deductions().get("SERIOUS");
        }
        for (SchemeData.IndicatorData c : i.children() == null ? List.<SchemeData.IndicatorData>of() : i.children()) {
            r.children.add(row(c, r));
        }
        return r;
    }

    /**
     * The scheme to save, with the version read. A row sends what its kind uses: a formula only when AUTO, points per
     * severity only when DEDUCTION (what it typed for another kind stays in the row, should the evaluator switch back),
     * but its children whatever its kind, so that the boundary says a non-group may not have them rather than the editor
     * dropping them unseen. Grade rules left at the defaults of the total are not sent: the scheme keeps following its total.
     */
    public SchemeData data() {
        return new SchemeData(id, null, name, periodType, from, to, appliesTo, List.copyOf(unitTypes), null, null, version, total, bonusCap,
                top.stream().map(SchemeTree::indicator).toList(),
                vetoes.stream().map(v -> new SchemeData.VetoData(v.code, v.name, v.condition, v.capGrade)).toList(),
                SchemeGrading.defaultsOf(gradingData(), total) ? null : gradingData(), null);
    }

    private static SchemeData.IndicatorData indicator(Row r) {
        Map<String, BigDecimal> deductions = null;
        if ("DEDUCTION".equals(r.kind)) {
            deductions = new LinkedHashMap<>();
            putIf(deductions, "MINOR", r.minor);
            putIf(deductions, "MAJOR", r.major);
            putIf(deductions, "SERIOUS", r.serious);
        }
        return new SchemeData.IndicatorData(r.code, r.name, r.max, r.kind, "AUTO".equals(r.kind) ? r.formula : null, deductions, r.rule,
                r.children.stream().map(SchemeTree::indicator).toList());
    }

    private static void putIf(Map<String, BigDecimal> m, String key, BigDecimal value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    // --- the rows as the editor's table shows them ---

    /** Every row, parents before their children, siblings in order. */
    public List<Row> rows() {
        if (flat == null) {
            List<Row> all = new ArrayList<>();
            flatten(top, all);
            flat = all;
        }
        return flat;
    }

    private static void flatten(List<Row> rows, List<Row> into) {
        for (Row r : rows) {
            into.add(r);
            flatten(r.children, into);
        }
    }

    /** The path the boundary names a row by: {@code indicators[0].children[1]}. */
    public String path(Row row) {
        String here = "[" + siblings(row).indexOf(row) + "]";
        return row.parent == null ? "indicators" + here : path(row.parent) + ".children" + here;
    }

    /**
     * The client id of the input each field the boundary may refuse is about, for the tree as it is now: a row's
     * {@code code, name, kind, max, formula, rule} and points per severity ({@code deductions.MINOR}); {@code deductions}
     * itself (no severity takes points off) on the first severity's input; {@code children} (a group without any, or a
     * non-group with some) on the kind; a veto's inputs; the header's. Fields not here, such as {@code indicators} (none at
     * all) or {@code version}, are the page's to show at the top.
     *
     * @param form    the client id of the form: {@code schemes}
     * @param rowsId  the id of the table of rows within it: {@code rows}
     * @param vetoId  the id of the table of vetoes within it: {@code vetoes}
     */
    public Map<String, String> inputs(String form, String rowsId, String vetoId) {
        Map<String, String> ids = new HashMap<>();
        for (String h : HEADER_INPUTS) {
            ids.put(h, form + ":" + h);
        }
        for (int i = 0; i < unitTypes.size(); i++) {
            ids.put("unitTypes[" + i + "]", form + ":unitTypes");
        }
        for (String g : GRADING_INPUTS) {
            ids.put("grading." + g, form + ":" + g);
        }
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            String at = path(all.get(i));
            String cell = form + ":" + rowsId + ":" + i + ":";
            for (String input : ROW_INPUTS) {
                ids.put(at + "." + input, cell + input);
            }
            for (String s : SEVERITIES) {
                ids.put(at + ".deductions." + s, cell + s.toLowerCase(java.util.Locale.ROOT));
            }
            ids.put(at + ".deductions", cell + "minor");
            ids.put(at + ".children", cell + "kind");
        }
        for (int i = 0; i < vetoes.size(); i++) {
            for (String input : VETO_INPUTS) {
                ids.put("vetoes[" + i + "]." + input, form + ":" + vetoId + ":" + i + ":" + input);
            }
        }
        return ids;
    }

    /** The row an error path is about ({@code indicators[0].children[1].formula}), or null when it names none. */
    public Row rowAt(String field) {
        if (field == null || !field.startsWith("indicators[")) {
            return null;
        }
        List<Row> level = top;
        Row found = null;
        String rest = field.substring("indicators".length());
        while (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            int index;
            try {
                index = Integer.parseInt(rest.substring(1, close));
            } catch (RuntimeException e) {
                return null;
            }
            if (index < 0 || index >= level.size()) {
                return null;
            }
            found = level.get(index);
            rest = rest.substring(close + 1);
            if (!rest.startsWith(".children[")) {
                break;
            }
            level = found.children;
            rest = rest.substring(".children".length());
        }
        return found;
    }

    /**
     * The indicators and vetoes with a message beside one of their inputs ("A1 化解率", "V1 严重问题"), in the order shown: in a
     * long tree the evaluator learns where to look without scrolling through every row.
     *
     * @param withMessages the client ids that have messages
     */
    public List<String> troubled(Collection<String> withMessages, String form, String rowsId, String vetoId) {
        List<String> found = new ArrayList<>();
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            if (any(withMessages, form + ":" + rowsId + ":" + i + ":")) {
                found.add(label(all.get(i).code, all.get(i).name, i));
            }
        }
        for (int i = 0; i < vetoes.size(); i++) {
            if (any(withMessages, form + ":" + vetoId + ":" + i + ":")) {
                found.add(label(vetoes.get(i).code, vetoes.get(i).name, i));
            }
        }
        return found;
    }

    private static boolean any(Collection<String> ids, String prefix) {
        return ids.stream().anyMatch(id -> id != null && id.startsWith(prefix));
    }

    private static String label(String code, String name, int index) {
        String shown = ((code == null ? "" : code.strip()) + " " + (name == null ? "" : name.strip())).strip();
        return shown.isEmpty() ? "#" + (index + 1) : shown;
    }

    // --- the running sums ---

    /** What the top-level indicators add up to, bonuses aside, as the total must (maxima not typed yet count 0). */
    public BigDecimal topSum() {
        return sum(top);
    }

    /** What a group's children add up to, bonuses aside, as its maximum must. */
    public BigDecimal childSum(Row group) {
        return sum(group.children);
    }

    private static BigDecimal sum(List<Row> rows) {
        return rows.stream().filter(r -> !r.isBonus() && r.max != null).map(r -> r.max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the top-level maxima add up to the total. */
    public boolean isBalanced() {
        return total != null && topSum().compareTo(total) == 0;
    }

    // --- changes of the tree's shape ---

    /** A new indicator at the end of the top level. */
    public Row addTop() {
        return insert(null, top.size());
    }

    /** A new indicator right after this one, under the same parent. */
    public Row addAfter(Row row) {
        return insert(row.parent, siblings(row).indexOf(row) + 1);
    }

    /** A new last child of a group (of any row: the boundary refuses children of a non-group, with the reason). */
    public Row addChild(Row group) {
        return insert(group, group.children.size());
    }

    private Row insert(Row parent, int at) {
        Row r = new Row();
        r.parent = parent;
        r.code = freeCode(parent);
        (parent == null ? top : parent.children).add(at, r);
        flat = null;
        return r;
    }

    /** Removes the row and everything under it. */
    public void remove(Row row) {
        siblings(row).remove(row);
        flat = null;
    }

    /** Swaps the row with the sibling before it; the first stays first. */
    public void moveUp(Row row) {
        move(row, -1);
    }

    /** Swaps the row with the sibling after it; the last stays last. */
    public void moveDown(Row row) {
        move(row, 1);
    }

    private void move(Row row, int by) {
        List<Row> s = siblings(row);
        int i = s.indexOf(row);
        int j = i + by;
        if (i < 0 || j < 0 || j >= s.size()) {
            return;
        }
        s.set(i, s.get(j));
        s.set(j, row);
        flat = null;
    }

    public boolean isFirst(Row row) {
        return siblings(row).indexOf(row) == 0;
    }

    public boolean isLast(Row row) {
        List<Row> s = siblings(row);
        return s.indexOf(row) == s.size() - 1;
    }

    private List<Row> siblings(Row row) {
        return row.parent == null ? top : row.parent.children;
    }

    /**
     * A code no row has yet: the parent's code and the next number under a group ({@code A.3}), the next letter at the top
     * ({@code E}); evaluators renumber as they like, but a new row saves as it is.
     */
    private String freeCode(Row parent) {
        Set<String> taken = new HashSet<>();
        rows().forEach(r -> taken.add(r.code == null ? "" : r.code.strip()));
        List<Row> siblings = parent == null ? top : parent.children;
        for (int n = siblings.size() + 1; ; n++) {
            String code = parent == null ? letters(n) : (parent.code == null ? "" : parent.code.strip()) + "." + n;
            if (code.startsWith(".") || code.length() > 32) {
                code = "N" + n;
            }
            if (!taken.contains(code)) {
                return code;
            }
        }
    }

    /** 1 → A, 26 → Z, 27 → AA, as spreadsheet columns. */
    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return b.toString();
    }

    /** A new veto at the end, with a code no veto has yet. */
    public VetoRow addVeto() {
        Set<String> taken = new HashSet<>();
        vetoes.forEach(v -> taken.add(v.code));
        VetoRow v = new VetoRow();
        int n = vetoes.size() + 1;
        while (taken.contains("V" + n)) {
            n++;
        }
        v.code = "V" + n;
        vetoes.add(v);
        return v;
    }

    public void removeVeto(VetoRow veto) {
        vetoes.remove(veto);
    }

    // --- the header ---

    /** Not saved yet: saving creates it. */
    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getStatus() {
        return status;
    }

    public Integer getSchemeVersion() {
        return schemeVersion;
    }

    public List<VetoRow> getVetoes() {
        return vetoes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public List<String> getUnitTypes() {
        return unitTypes;
    }

    public void setUnitTypes(List<String> unitTypes) {
        this.unitTypes = unitTypes == null ? new ArrayList<>() : new ArrayList<>(unitTypes);
    }

    public BigDecimal getTotal() {
        return total;
    }

    /**
     * A new total; grade thresholds that were the defaults of the old total become those of the new one, as the boundary's
     * defaults follow the total (thresholds the evaluator chose stay as they are).
     */
    public void setTotal(BigDecimal total) {
        if (this.total != null && total != null && this.total.signum() >= 0 && total.signum() >= 0
                && gradingData().equals(SchemeGrading.defaults(this.total).data())) {
            grading(SchemeGrading.defaults(total).data());
        }
        this.total = total;
    }

    public BigDecimal getExcellentFrom() {
        return excellentFrom;
    }

    public void setExcellentFrom(BigDecimal excellentFrom) {
        this.excellentFrom = excellentFrom;
    }

    public BigDecimal getGoodFrom() {
        return goodFrom;
    }

    public void setGoodFrom(BigDecimal goodFrom) {
        this.goodFrom = goodFrom;
    }

    public BigDecimal getPassFrom() {
        return passFrom;
    }

    public void setPassFrom(BigDecimal passFrom) {
        this.passFrom = passFrom;
    }

    public Integer getExcellentQuotaPercent() {
        return excellentQuotaPercent;
    }

    public void setExcellentQuotaPercent(Integer excellentQuotaPercent) {
        this.excellentQuotaPercent = excellentQuotaPercent;
    }

    public Integer getGoodQuotaPercent() {
        return goodQuotaPercent;
    }

    public void setGoodQuotaPercent(Integer goodQuotaPercent) {
        this.goodQuotaPercent = goodQuotaPercent;
    }

    public BigDecimal getBonusCap() {
        return bonusCap;
    }

    public void setBonusCap(BigDecimal bonusCap) {
        this.bonusCap = bonusCap;
    }
}
