package cn.bangfu.appraisal.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A scoring scheme (考评细则) of a campaign: the period it scores, the units it applies to (leading units, co-units or all;
 * some unit types or all), its total points and bonus cap, a tree of indicators, the vetoes and the grade rules (the
 * defaults of its total unless it sets its own). The evaluators edit a
 * DRAFT; publishing freezes it; a later change is a new version of the same name (schemeVersion + 1), drafted from it.
 */
@Entity
@Table(name = "scoring_scheme")
@NamedQuery(name = ScoringScheme.OF_CAMPAIGN, query = "select s from ScoringScheme s where s.campaign = :campaign"
        + " order by s.name, s.schemeVersion desc")
@NamedQuery(name = ScoringScheme.LAST_VERSION, query = "select max(s.schemeVersion) from ScoringScheme s where s.campaign = :campaign"
        + " and s.name = :name")
public class ScoringScheme implements Audited, Versioned {

    public static final String OF_CAMPAIGN = "ScoringScheme.ofCampaign";
    public static final String LAST_VERSION = "ScoringScheme.lastVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    private PeriodType periodType;

    @Column(name = "first_day", nullable = false)
    private LocalDate from;

    @Column(name = "last_day", nullable = false)
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false)
    private AppliesTo appliesTo;

    @Column(name = "unit_types", nullable = false)
    private String unitTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchemeStatus status;

    @Column(name = "scheme_version", nullable = false, updatable = false)
    private int schemeVersion;

    @Column(name = "total_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal total;

    @Column(name = "bonus_cap", nullable = false, precision = 7, scale = 2)
    private BigDecimal bonusCap;

    /** Null (or empty, as EclipseLink reads five null columns) when the scheme sets none: the defaults of the total apply. */
    @Embedded
    private SchemeGrading grading;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "derived_from", updatable = false)
    private ScoringScheme derivedFrom;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scheme_indicator", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "seq_no")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scheme_veto", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "seq_no")
    private List<Veto> vetoes = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ScoringScheme() {
    }

    /** A draft of checked content, version {@code schemeVersion} of its name, derived from another scheme or from none. */
    public ScoringScheme(Campaign campaign, SchemeContent content, int schemeVersion, ScoringScheme derivedFrom, String login, Instant now) {
        this.campaign = campaign;
        this.status = SchemeStatus.DRAFT;
        this.schemeVersion = schemeVersion;
        this.derivedFrom = derivedFrom;
        this.createdBy = login;
        this.createdAt = now;
        write(content);
    }

    /** Replaces a draft's content (checked by the caller); a published scheme never changes (409: draft a new version). */
    public void edit(SchemeContent content) {
        requireDraft();
        write(content);
    }

    private void write(SchemeContent c) {
        name = c.name();
        periodType = c.periodType();
        from = c.from();
        to = c.to();
        appliesTo = c.appliesTo();
        unitTypes = String.join(",", new TreeSet<>(c.unitTypes()));
        total = c.total();
        bonusCap = c.bonusCap();
        indicators.clear();
        indicators.addAll(c.indicators());
        vetoes.clear();
        vetoes.addAll(c.vetoes());
        grading = c.grading();
    }

    public void publish(Instant now) {
        requireDraft();
        status = SchemeStatus.PUBLISHED;
        publishedAt = now;
    }

    private void requireDraft() {
        if (status != SchemeStatus.DRAFT) {
            throw new ConflictException(FieldError.of("status", "scheme.published", name, schemeVersion));
        }
    }

    /** The scheme as the API shows it, its indicators as a tree again. */
    public SchemeData data() {
        Map<String, List<Indicator>> children = new HashMap<>();
        for (Indicator i : indicators) {
            children.computeIfAbsent(i.getParentCode() == null ? "" : i.getParentCode(), k -> new ArrayList<>()).add(i);
        }
        return new SchemeData(id, campaign.getCode(), name, periodType.name(), from, to, appliesTo.name(), unitTypeList(), status.name(),
                schemeVersion, version, points(total), points(bonusCap), tree("", children), vetoes.stream().map(Veto::data).toList(),
                grading().data(), derivedFrom == null ? null : derivedFrom.getId());
    }

    private static List<SchemeData.IndicatorData> tree(String parent, Map<String, List<Indicator>> children) {
        return children.getOrDefault(parent, List.of()).stream().map(i -> new SchemeData.IndicatorData(i.getCode(), i.getName(), points(i.getMax()),
                i.getKind().name(), i.getFormula(), deductions(i), i.getRule(),
                i.getKind() == IndicatorKind.GROUP ? tree(i.getCode(), children) : List.of())).toList();
    }

    private static Map<String, BigDecimal> deductions(Indicator i) {
        if (i.getKind() != IndicatorKind.DEDUCTION) {
            return null;
        }
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("MINOR", points(i.getDeductMinor()));
        m.put("MAJOR", points(i.getDeductMajor()));
        m.put("SERIOUS", points(i.getDeductSerious()));
        return m;
    }

    /** Points as people write them, however the database returns them: 30, 2.5 (not 30.00, nor 3E+1). */
    public static BigDecimal points(BigDecimal p) {
        if (p == null) {
            return null;
        }
        BigDecimal plain = p.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public List<String> unitTypeList() {
        return unitTypes == null || unitTypes.isEmpty() ? List.of() : Arrays.asList(unitTypes.split(","));
    }

    @Override
    public String auditType() {
        return "ScoringScheme";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("periodType", periodType == null ? null : periodType.name());
        m.put("from", from == null ? null : from.toString());
        m.put("to", to == null ? null : to.toString());
        m.put("appliesTo", appliesTo == null ? null : appliesTo.name());
        m.put("unitTypes", unitTypes);
        m.put("status", status == null ? null : status.name());
        m.put("total", total == null ? null : total.toPlainString());
        m.put("bonusCap", bonusCap == null ? null : bonusCap.toPlainString());
        m.put("indicators", indicators.stream().map(i -> i.getCode() + ":" + i.getKind() + ":" + i.getMax().toPlainString()
                + (i.getFormula() == null ? "" : "=" + i.getFormula())).reduce((a, b) -> a + ";" + b).orElse(""));
        m.put("grading", ownGrading() == null ? null : ownGrading().toString());
        m.put("vetoes", vetoes.stream().map(v -> v.getCode() + ":" + v.getCondition() + "→" + v.getCapGrade()).reduce((a, b) -> a + ";" + b)
                .orElse(""));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getName() {
        return name;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public AppliesTo getAppliesTo() {
        return appliesTo;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getBonusCap() {
        return bonusCap;
    }

    /** The grade rules in force: the scheme's own, or the defaults of its total. */
    public SchemeGrading grading() {
        return ownGrading() == null ? SchemeGrading.defaults(total) : grading;
    }

    /** The grade rules the scheme sets itself, null when it keeps the defaults (a copy then takes the defaults of its own total). */
    public SchemeGrading ownGrading() {
        return grading == null || !grading.complete() ? null : grading;
    }

    /** The indicator of this code, if the scheme has one. */
    public java.util.Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    public SchemeStatus getStatus() {
        return status;
    }

    public int getSchemeVersion() {
        return schemeVersion;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public List<Veto> getVetoes() {
        return vetoes;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, ScoringScheme::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
