package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.AssistanceTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The rules of an assignment (DESIGN §6, 三帮一), checked together so every problem is reported at
 * once, with the JSON field names {@code target}, {@code contactLeader}, {@code leadingUnit},
 * {@code coUnits}; the effective date (生效日期, {@code validFrom}) has its own rule,
 * {@link #effectiveDate}, since it depends on the assignment it replaces. No database: the caller looks
 * up what the input names.
 *
 * <ul>
 * <li>the target, the contact leader and every unit lie in the campaign's region; what cannot be
 *     found gets the same answer as what lies outside, so nothing is learnt about other areas;</li>
 * <li>the contact leader is a county-level cadre (县级领导);</li>
 * <li>there is a leading unit, and exactly the campaign's number of co-units (none for 一帮一);</li>
 * <li>no unit appears twice: never both leading and co-unit, never twice a co-unit;</li>
 * <li>a unit above the campaign's per-unit limit is a warning, never a refusal.</li>
 * </ul>
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /** What an assignment names, looked up: null where nothing was found. */
    public record Input(TargetRef targetRef, AssistanceTarget target, Long leaderId, Cadre leader, String leadingUnit,
                        List<String> coUnits) {

        public Input {
            coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
        }
    }

    /** The errors (nothing may be saved) and the warnings (saved, but the user is told). */
    public record Verdict(List<FieldError> errors, List<FieldError> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param unitByCode  the stored unit with a code, wherever it is; null if none
     * @param currentLoad how many current assignments of the campaign a unit has, not counting the one this input replaces
     */
    public static Verdict check(Campaign campaign, Input in, Function<String, Unit> unitByCode, ToLongFunction<Unit> currentLoad) {
        List<FieldError> errors = new ArrayList<>();
        String area = campaign.getRegion().getName();

        if (in.targetRef() == null || !in.targetRef().given()) {
            errors.add(FieldError.of("target", "field.required"));
        } else if (in.target() == null || !campaign.covers(in.target().getRegion())) {
            errors.add(FieldError.of("target", "assignment.target.outside", in.targetRef().label(), area));
        }

        if (in.leaderId() == null) {
            errors.add(FieldError.of("contactLeader", "field.required"));
        } else if (in.leader() == null || !campaign.covers(in.leader().getUnit().getRegion())) {
            errors.add(FieldError.of("contactLeader", "assignment.leader.outside", String.valueOf(in.leaderId()), area));
        } else if (in.leader().getRank() != CadreRank.COUNTY_LEADER) {
            errors.add(FieldError.of("contactLeader", "assignment.leader.notCountyLeader", in.leader().getName()));
        }

        // Each unit the input names, in order (leading first), with the field it came from; null where nothing usable was found.
        Map<Integer, Unit> found = new LinkedHashMap<>();
        Unit leading = null;
        if (in.leadingUnit() == null) {
            errors.add(FieldError.of("leadingUnit", "assignment.leadingUnit.required"));
        } else {
            leading = usable(campaign, unitByCode.apply(in.leadingUnit()));
            if (leading == null) {
                errors.add(FieldError.of("leadingUnit", "assignment.unit.outside", in.leadingUnit(), area));
            }
        }
        int wanted = campaign.getCoUnitCount();
        int given = in.coUnits().size();
        if (wanted == 0 && given > 0) {
            errors.add(FieldError.of("coUnits", "assignment.coUnits.none", campaign.getMode().chineseName()));
        } else if (given < wanted) {
            errors.add(FieldError.of("coUnits", "assignment.coUnits.tooFew", wanted, given));
        } else if (given > wanted) {
            errors.add(FieldError.of("coUnits", "assignment.coUnits.tooMany", wanted, given));
        }
        Set<Object> seen = new HashSet<>();
        if (leading != null) {
            seen.add(leading.getId());
        } else if (in.leadingUnit() != null) {
            seen.add(in.leadingUnit());
        }
        int i = 0;
        for (String code : in.coUnits()) {
            Unit co = usable(campaign, unitByCode.apply(code));
            Object key = co == null ? code : co.getId();
            String name = co == null ? code : co.getName();
            if (!seen.add(key)) {
                boolean isLeading = leading != null ? key.equals(leading.getId()) : code.equals(in.leadingUnit());
                errors.add(FieldError.of("coUnits", isLeading ? "assignment.unit.leadingAndCo" : "assignment.unit.twice", name));
            } else if (co == null) {
                errors.add(FieldError.of("coUnits", "assignment.unit.outside", code, area));
            } else {
                found.put(i, co);
            }
            i++;
        }

        List<FieldError> warnings = new ArrayList<>();
        Integer limit = campaign.getPerUnitLimit();
        if (limit != null) {
            if (leading != null) {
                overLimit(warnings, "leadingUnit", leading, currentLoad.applyAsLong(leading) + 1, limit);
            }
            for (Unit co : found.values()) {
                overLimit(warnings, "coUnits", co, currentLoad.applyAsLong(co) + 1, limit);
            }
        }
        return new Verdict(errors, warnings);
    }

    /**
     * The rule for the day an assignment or a reassignment takes effect (生效日期), the one the API, the
     * matrix page and the spreadsheet import apply. At most one error, on {@code validFrom}:
     *
     * <ul>
     * <li>not after the campaign's end;</li>
     * <li>not later than today: {@code validTo == null} means "in force now", so a change dated ahead
     *     would show the new leader and units as current while the old ones still work until then; the
     *     office records a change on or after the day it takes effect (e.g. the county circular's day);</li>
     * <li>not before the campaign's start. A campaign not started yet is being prepared: what the office
     *     arranges then takes effect the day it is entered, so then only today is accepted;</li>
     * <li>for a reassignment, not before the current assignment's {@code validFrom}: the history stays
     *     in order and the ended one's {@code validTo} (exclusive: the day the next one takes over) is
     *     never before its {@code validFrom}.</li>
     * </ul>
     *
     * <p>A reassignment on the very day the current assignment began is allowed only while that day is
     * today: it corrects an assignment entered wrongly this morning. The current one then ends that same
     * day, {@code validTo == validFrom}, an empty period that was in force on no day, and stays in the
     * history and the audit trail. On a later day the current assignment has been in force, so a change
     * dated its first day would erase that period from the history (and make the new units' first
     * visits overdue at once): it must be dated after it.
     *
     * @param validFrom   the day the (new) assignment takes effect
     * @param currentFrom the {@code validFrom} of the assignment it replaces; null for a first assignment
     * @param today       today in China
     */
    public static List<FieldError> effectiveDate(Campaign campaign, LocalDate validFrom, LocalDate currentFrom, LocalDate today) {
        String day = validFrom.toString();
        if (validFrom.isAfter(campaign.getEndDate())) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.afterEnd", campaign.getEndDate().toString()));
        }
        if (validFrom.isAfter(today)) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.future", day, today.toString()));
        }
        boolean started = !today.isBefore(campaign.getStartDate());
        if (!started && !validFrom.equals(today)) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.notStarted", campaign.getStartDate().toString(), today.toString()));
        }
        if (started && validFrom.isBefore(campaign.getStartDate())) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.beforeStart", day, campaign.getStartDate().toString()));
        }
        if (currentFrom != null && validFrom.isBefore(currentFrom)) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.beforeCurrent", currentFrom.toString()));
        }
        if (currentFrom != null && validFrom.equals(currentFrom) && !currentFrom.equals(today)) {
            return List.of(FieldError.of("validFrom", "assignment.validFrom.sameAsCurrent", day));
        }
        return List.of();
    }

    private static Unit usable(Campaign campaign, Unit unit) {
        return unit != null && campaign.covers(unit.getRegion()) ? unit : null;
    }

    private static void overLimit(List<FieldError> warnings, String field, Unit unit, long load, int limit) {
        if (load > limit) {
            warnings.add(FieldError.of(field, "assignment.unit.overLimit", unit.getName(), load, limit));
        }
    }
}
