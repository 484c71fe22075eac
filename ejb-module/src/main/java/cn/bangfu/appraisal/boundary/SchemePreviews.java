package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.PreviewComputation;
import cn.bangfu.appraisal.control.SchemeUnits;
import cn.bangfu.appraisal.control.UnitFigures;
import cn.bangfu.appraisal.control.UnitMetrics;
import cn.bangfu.appraisal.entity.SchemePreview;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A scheme tried on one unit (试算): the evaluators and the office of the campaign's region see what a unit would get by a
 * draft's saved content before they publish it, with the unit's metrics up to today (or the period's end). Nothing is
 * written: the forms get their points only when they are computed.
 */
@Stateless
public class SchemePreviews {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    UnitMetrics metrics;

    @Inject
    SchemeUnits schemeUnits;

    /** As {@link #preview(long, String, Locale)}, a failure's reason in Chinese. */
    @RolesAllowed({Roles.EVALUATOR, Roles.OFFICE})
    public SchemePreview preview(long schemeId, String unitCode) {
        return preview(schemeId, unitCode, Messages.CHINESE);
    }

    /**
     * The scheme's current saved content (a draft as last saved) computed for the unit: 404 for a scheme outside the
     * caller's campaigns; 400 on {@code unitCode} for a unit he does not see.
     */
    @RolesAllowed({Roles.EVALUATOR, Roles.OFFICE})
    public SchemePreview preview(long schemeId, String unitCode, Locale locale) {
        Scope scope = caller.get();
        ScoringScheme scheme = em.find(ScoringScheme.class, schemeId);
        if (scheme == null || !scheme.getCampaign().visibleTo(scope)) {
            throw new NotFoundException("ScoringScheme", schemeId);
        }
        Unit unit = unit(scope, unitCode);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = today.isBefore(scheme.getTo()) ? today : scheme.getTo();
        UnitFigures figures = metrics.of(scheme.getCampaign(), scheme.getFrom(), scheme.getTo(), end, List.of(unit.getId())).get(unit.getId());
        boolean applies = schemeUnits.of(scheme).contains(unit.getId());
        return PreviewComputation.of(scheme, figures, unit.getCode(), unit.getName(), end, applies, locale);
    }

    private Unit unit(Scope scope, String code) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            throw new InvalidInputException(FieldError.of("unitCode", "field.required"));
        }
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", wanted).getResultStream().findFirst().orElse(null);
        if (unit == null || !scope.covers(unit)) {
            throw new InvalidInputException(FieldError.of("unitCode", "unit.unknown", wanted));
        }
        return unit;
    }
}
