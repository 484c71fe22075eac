package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's service levels in working days (13710-style: accept within 1, resolve within 7 / 15 / 30 / 60 by
 * difficulty) and after how many working days RED a problem is escalated by itself. A campaign without a row of its
 * own has the defaults.
 */
@Entity
@Table(name = "service_levels")
@NamedQuery(name = ServiceLevels.ESCALATE_AFTER, query = "select s.campaignId, s.escalateAfterRedDays from ServiceLevels s")
public class ServiceLevels implements Serializable, Audited, Versioned {

    private static final long serialVersionUID = 1L;

    /** [campaign id, escalateAfterRedDays] of the campaigns with levels of their own. */
    public static final String ESCALATE_AFTER = "ServiceLevels.escalateAfter";

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Version
    private long version;

    public static final int MAX_DAYS = 250;

    @Column(name = "accept_days", nullable = false)
    private int acceptDays = 1;

    @Column(name = "resolve_days_simple", nullable = false)
    private int simpleDays = 7;

    @Column(name = "resolve_days_ordinary", nullable = false)
    private int ordinaryDays = 15;

    @Column(name = "resolve_days_complex", nullable = false)
    private int complexDays = 30;

    @Column(name = "resolve_days_hard", nullable = false)
    private int hardDays = 60;

    @Column(name = "escalate_after_red_days", nullable = false)
    private int escalateAfterRedDays = 5;

    /** An answer shorter than this (in characters) is flagged on callback as no answer worth the name. */
    @Column(name = "min_answer_length", nullable = false)
    private int minAnswerLength = 15;

    /** A problem resolved within this many minutes of routing is flagged on callback. */
    @Column(name = "quick_resolve_minutes", nullable = false)
    private int quickResolveMinutes = 30;

    public static final int MAX_ANSWER_LENGTH = 500;
    public static final int MAX_MINUTES = 24 * 60;

    protected ServiceLevels() {
    }

    /** The defaults, for a campaign that has set none. */
    public static ServiceLevels defaults() {
        return new ServiceLevels();
    }

    /** The campaign's own levels, to be persisted. */
    public static ServiceLevels of(Campaign campaign, ServiceLevelsData data) {
        ServiceLevels s = new ServiceLevels();
        s.campaign = campaign;
        s.change(data);
        return s;
    }

    /** Takes the values of {@code data}; 400 with every value out of range. */
    public void change(ServiceLevelsData data) {
        ServiceLevels s = new ServiceLevels(data.acceptDays(), data.simpleDays(), data.ordinaryDays(), data.complexDays(), data.hardDays(),
                data.escalateAfterRedDays(), data.minAnswerLength(), data.quickResolveMinutes());
        List<FieldError> errors = s.problems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        acceptDays = s.acceptDays;
        simpleDays = s.simpleDays;
        ordinaryDays = s.ordinaryDays;
        complexDays = s.complexDays;
        hardDays = s.hardDays;
        escalateAfterRedDays = s.escalateAfterRedDays;
        minAnswerLength = s.minAnswerLength;
        quickResolveMinutes = s.quickResolveMinutes;
    }

    public ServiceLevelsData data() {
        return new ServiceLevelsData(acceptDays, simpleDays, ordinaryDays, complexDays, hardDays, escalateAfterRedDays, minAnswerLength,
                quickResolveMinutes, campaign == null ? null : version);
    }

    ServiceLevels(int acceptDays, int simpleDays, int ordinaryDays, int complexDays, int hardDays, int escalateAfterRedDays,
                  int minAnswerLength, int quickResolveMinutes) {
        this.minAnswerLength = minAnswerLength;
        this.quickResolveMinutes = quickResolveMinutes;
        this.acceptDays = acceptDays;
        this.simpleDays = simpleDays;
        this.ordinaryDays = ordinaryDays;
        this.complexDays = complexDays;
        this.hardDays = hardDays;
        this.escalateAfterRedDays = escalateAfterRedDays;
    }

    /** Every value out of 1..{@link #MAX_DAYS}, by its JSON name. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "acceptDays", acceptDays);
        check(errors, "simpleDays", simpleDays);
        check(errors, "ordinaryDays", ordinaryDays);
        check(errors, "complexDays", complexDays);
        check(errors, "hardDays", hardDays);
        check(errors, "escalateAfterRedDays", escalateAfterRedDays);
        if (minAnswerLength < 0 || minAnswerLength > MAX_ANSWER_LENGTH) {
            errors.add(FieldError.of("minAnswerLength", "field.range", 0, MAX_ANSWER_LENGTH));
        }
        if (quickResolveMinutes < 0 || quickResolveMinutes > MAX_MINUTES) {
            errors.add(FieldError.of("quickResolveMinutes", "field.range", 0, MAX_MINUTES));
        }
        return errors;
    }

    private static void check(List<FieldError> errors, String field, int value) {
        if (value < 1 || value > MAX_DAYS) {
            errors.add(FieldError.of(field, "field.range", 1, MAX_DAYS));
        }
    }

    public int resolveDays(Difficulty difficulty) {
        return switch (difficulty) {
            case SIMPLE -> simpleDays;
            case ORDINARY -> ordinaryDays;
            case COMPLEX -> complexDays;
            case HARD -> hardDays;
        };
    }

    public int getAcceptDays() {
        return acceptDays;
    }

    public int getSimpleDays() {
        return simpleDays;
    }

    public int getOrdinaryDays() {
        return ordinaryDays;
    }

    public int getComplexDays() {
        return complexDays;
    }

    public int getHardDays() {
        return hardDays;
    }

    public int getEscalateAfterRedDays() {
        return escalateAfterRedDays;
    }

    public int getMinAnswerLength() {
        return minAnswerLength;
    }

    public int getQuickResolveMinutes() {
        return quickResolveMinutes;
    }

    /** "1/7/15/30/60 red 5", the form the audit trail compares. */
    public String auditText() {
        return acceptDays + "/" + simpleDays + "/" + ordinaryDays + "/" + complexDays + "/" + hardDays + " red " + escalateAfterRedDays
                + " answer " + minAnswerLength + " quick " + quickResolveMinutes;
    }

    @Override
    public String auditType() {
        return "ServiceLevels";
    }

    @Override
    public String auditId() {
        return String.valueOf(campaignId);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("levels", auditText());
        return m;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
