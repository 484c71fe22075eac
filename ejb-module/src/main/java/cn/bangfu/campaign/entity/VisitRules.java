package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a logged visit must satisfy: a date in the campaign and not in the future, a known form, units
 * present that all help the target (the recording unit among them), cadres of those units, what was
 * learned. Every broken rule is reported at once.
 */
public final class VisitRules {

    public static final int TEXT_MAX = 4000;

    private VisitRules() {
    }

    /**
     * @param units       the units present (already defaulted to the recording unit when none were named)
     * @param known       units found by code
     * @param targetUnits codes of the units of the target's current assignment
     * @param cadres      cadres found by id
     */
    public static List<FieldError> check(VisitData d, Campaign campaign, LocalDate today, String recorder, List<String> units,
                                         Map<String, Unit> known, Set<String> targetUnits, Map<Long, Cadre> cadres) {
        List<FieldError> errors = new ArrayList<>();
        if (d.visitDate() == null) {
            errors.add(FieldError.of("visitDate", "field.required"));
        } else if (d.visitDate().isAfter(today)) {
            errors.add(FieldError.of("visitDate", "visit.date.future", today.toString()));
        } else if (campaign.getStartDate() != null && d.visitDate().isBefore(campaign.getStartDate())) {
            errors.add(FieldError.of("visitDate", "visit.date.beforeCampaign", campaign.getStartDate().toString()));
        }
        if (d.form() == null || d.form().isBlank()) {
            errors.add(FieldError.of("form", "field.required"));
        } else if (VisitMode.of(d.form()) == null) {
            errors.add(FieldError.of("form", "visit.form.unknown", d.form()));
        }
        for (String code : units) {
            if (!known.containsKey(code) || !targetUnits.contains(code)) {
                errors.add(FieldError.of("units", "visit.unit.notAssigned", code));
            }
        }
        if (recorder != null && !units.contains(recorder)) {
            errors.add(FieldError.of("units", "visit.unit.recorderAbsent", recorder));
        }
        for (Long id : d.cadres()) {
            Cadre c = cadres.get(id);
            if (c == null || c.getUnit() == null || !units.contains(c.getUnit().getCode())) {
                errors.add(FieldError.of("cadres", "visit.cadre.notPresent", id));
            }
        }
        String learned = Text.clean(d.learned());
        if (learned == null) {
            errors.add(FieldError.of("learned", "field.required"));
        } else if (Text.longerThan(learned, TEXT_MAX)) {
            errors.add(FieldError.of("learned", "field.tooLong", TEXT_MAX));
        }
        if (Text.longerThan(Text.clean(d.followUps()), TEXT_MAX)) {
            errors.add(FieldError.of("followUps", "field.tooLong", TEXT_MAX));
        }
        return errors;
    }
}
