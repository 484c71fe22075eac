package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A campaign as entered on a form or sent to the API; field names are the JSON properties.
 * {@code mode} is a {@link CampaignMode} code, {@code status} a {@link CampaignStatus} code,
 * {@code officeUnit} the code of the unit that hosts the campaign office (帮扶办), {@code regionCode}
 * the campaign's region (the office's when left out). {@link #problems()} checks what can be checked
 * without the database.
 */
public record CampaignData(String code, String name, Integer year, String mode, LocalDate startDate, LocalDate endDate,
                           Integer coUnitCount, LocalDate planDeadline, Integer perUnitLimit, Integer firstVisitDays,
                           String regionCode, String officeUnit, String status, List<GroupMemberData> leadingGroup, Long version)
        implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int DEFAULT_FIRST_VISIT_DAYS = 30;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,31}");

    public CampaignData {
        leadingGroup = leadingGroup == null ? List.of() : leadingGroup.stream().filter(Objects::nonNull).toList();
    }

    /**
     * Blanks removed, mode and status as their codes (PLANNING when none is given), the number of
     * co-units and the first-visit days defaulted (by mode: 2 for 三帮一, 0 otherwise; 30 days).
     * Unknown values are kept so {@link #problems()} can name them.
     */
    public CampaignData normalised() {
        CampaignMode m = CampaignMode.of(mode);
        CampaignStatus s = CampaignStatus.of(status);
        List<GroupMemberData> group = leadingGroup.stream().map(g -> {
            GroupRole r = GroupRole.of(g.role());
            return new GroupMemberData(g.cadre(), r == null ? Text.clean(g.role()) : r.name(), g.name(), g.position());
        }).toList();
        return new CampaignData(Text.clean(code), Text.clean(name), year, m == null ? Text.clean(mode) : m.name(), startDate, endDate,
                coUnitCount == null && m != null ? Integer.valueOf(m.defaultCoUnits()) : coUnitCount, planDeadline, perUnitLimit,
                firstVisitDays == null ? Integer.valueOf(DEFAULT_FIRST_VISIT_DAYS) : firstVisitDays, Text.clean(regionCode), Text.clean(officeUnit),
                status == null || status.isBlank() ? CampaignStatus.PLANNING.name() : s == null ? Text.clean(status) : s.name(), group, version);
    }

    public List<FieldError> problems() {
        CampaignData d = normalised();
        List<FieldError> errors = new ArrayList<>();
        if (d.code == null) {
            errors.add(FieldError.of("code", "field.required"));
        } else if (!CODE.matcher(d.code).matches()) {
            errors.add(FieldError.of("code", "campaign.code.format"));
        }
        if (d.name == null) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (Text.longerThan(d.name, NAME_MAX)) {
            errors.add(FieldError.of("name", "field.tooLong", NAME_MAX));
        }
        if (d.year == null) {
            errors.add(FieldError.of("year", "field.required"));
        } else if (d.year < 2000 || d.year > 2100) {
            errors.add(FieldError.of("year", "campaign.year.range"));
        }
        CampaignMode m = CampaignMode.of(d.mode);
        if (d.mode == null) {
            errors.add(FieldError.of("mode", "field.required"));
        } else if (m == null) {
            errors.add(FieldError.of("mode", "campaign.mode.unknown", d.mode));
        }
        if (d.startDate == null) {
            errors.add(FieldError.of("startDate", "field.required"));
        }
        if (d.endDate == null) {
            errors.add(FieldError.of("endDate", "field.required"));
        } else if (d.startDate != null && d.endDate.isBefore(d.startDate)) {
            errors.add(FieldError.of("endDate", "campaign.endDate.beforeStart"));
        }
        if (d.planDeadline != null && d.startDate != null && d.planDeadline.isBefore(d.startDate)) {
            errors.add(FieldError.of("planDeadline", "campaign.planDeadline.beforeStart"));
        }
        if (m != null && d.coUnitCount != null && !m.allowsCoUnits(d.coUnitCount)) {
            errors.add(FieldError.of("coUnitCount", "campaign.coUnitCount." + m.name(), CampaignMode.MAX_CO_UNITS));
        }
        if (d.perUnitLimit != null && d.perUnitLimit < 1) {
            errors.add(FieldError.of("perUnitLimit", "campaign.perUnitLimit.range"));
        }
        if (d.firstVisitDays < 1 || d.firstVisitDays > 366) {
            errors.add(FieldError.of("firstVisitDays", "campaign.firstVisitDays.range"));
        }
        if (CampaignStatus.of(d.status) == null) {
            errors.add(FieldError.of("status", "campaign.status.unknown", d.status));
        }
        Set<Long> cadres = new HashSet<>();
        int leaders = 0;
        for (GroupMemberData g : d.leadingGroup) {
            GroupRole r = GroupRole.of(g.role());
            if (g.cadre() == null) {
                errors.add(FieldError.of("leadingGroup", "campaign.group.cadreRequired"));
            } else if (!cadres.add(g.cadre())) {
                errors.add(FieldError.of("leadingGroup", "campaign.group.twice", g.cadre()));
            }
            if (r == null) {
                errors.add(FieldError.of("leadingGroup", "campaign.group.role.unknown", g.role() == null ? "" : g.role()));
            } else if (r == GroupRole.GROUP_LEADER) {
                leaders++;
            }
        }
        if (leaders > 1) {
            errors.add(FieldError.of("leadingGroup", "campaign.group.oneLeader"));
        }
        return errors;
    }

    /** Whether the campaign stations cadres (驻企) rather than assigning units to targets: it has no matrix, plans or visits. */
    public boolean stationed() {
        return CampaignMode.of(mode) == CampaignMode.STATIONED;
    }

    public CampaignData with(String code, Long version) {
        return new CampaignData(code, name, year, mode, startDate, endDate, coUnitCount, planDeadline, perUnitLimit, firstVisitDays,
                regionCode, officeUnit, status, leadingGroup, version);
    }

}
