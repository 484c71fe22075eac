package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.MetricsFilter;
import cn.bangfu.ledger.entity.ProblemFilter;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the codes a client filters by (state, light, unit, region, credit code) into a {@link ProblemFilter} or a
 * {@link MetricsFilter}: every one that names nothing, or a region outside the caller's, is a field error (400), all at once.
 */
@Dependent
public class ProblemFilters {

    @PersistenceContext
    EntityManager em;

    public ProblemFilter of(Scope scope, ProblemQuery q) {
        List<FieldError> errors = new ArrayList<>();
        Set<ProblemState> states = EnumSet.noneOf(ProblemState.class);
        for (String s : q.state() == null ? new String[0] : q.state().split(",")) {
            if (!s.isBlank()) {
                ProblemState state = ProblemState.of(s);
                if (state == null) {
                    errors.add(Codes.unknown("state", s.strip(), ProblemState.class));
                } else {
                    states.add(state);
                }
            }
        }
        Light light = null;
        if (q.light() != null && !q.light().isBlank()) {
            light = Light.of(q.light());
            if (light == null) {
                errors.add(Codes.unknown("light", q.light(), Light.class));
            }
        }
        Long unit = unit(errors, scope, q.unitCode());
        String region = regionPath(errors, scope, q.regionCode());
        Long target = null;
        if (q.creditCode() != null && !q.creditCode().isBlank()) {
            String code = CreditCode.normalise(q.creditCode());
            // An enterprise outside the caller's region reads as one that does not exist.
            target = code == null ? null : em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("creditCode", code)
                    .getResultStream().filter(e -> e.getRegion().getPath().startsWith(scope.regionPath())).findFirst().map(Enterprise::getId)
                    .orElse(null);
            if (target == null) {
                errors.add(FieldError.of("creditCode", "ledger.target.unknown", q.creditCode()));
            }
        }
        String category = q.category() == null || q.category().isBlank() ? null : q.category().strip();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProblemFilter(states, light, unit, category, region, target, Boolean.TRUE.equals(q.escalated()) ? Boolean.TRUE : null,
                null, null);
    }

    public MetricsFilter metrics(Scope scope, LocalDate from, LocalDate to, String regionCode, String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "ledger.period.reversed"));
        }
        Long unit = unit(errors, scope, unitCode);
        String region = regionPath(errors, scope, regionCode);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MetricsFilter(from, to, region, unit);
    }

    private Long unit(List<FieldError> errors, Scope scope, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Unit u = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code.strip()).getResultStream()
                .filter(x -> x.getRegion().getPath().startsWith(scope.regionPath())).findFirst().orElse(null);
        if (u == null) {
            errors.add(FieldError.of("unitCode", "unit.unknown", code));
            return null;
        }
        return u.getId();
    }

    private String regionPath(List<FieldError> errors, Scope scope, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Region r = em.find(Region.class, code.strip());
        if (r == null || !r.getPath().startsWith(scope.regionPath())) {
            errors.add(FieldError.of("regionCode", "region.unknown", code));
            return null;
        }
        return r.getPath();
    }
}
