package cn.bangfu.ledger.boundary;

import cn.bangfu.ledger.control.ProblemCategories;
import cn.bangfu.ledger.entity.ProblemCategory;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Problem categories (问题类别): the defaults every county has (from the seeds) and a county's own, which its office
 * adds. Everyone sees the categories of his region; a code is unique among the categories a region may use.
 */
@Stateless
public class Categories {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ProblemCategories categories;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public List<ProblemCategoryData> list(Locale locale) {
        return categories.usableIn(caller.get().regionPath()).stream().map(c -> c.data(locale)).toList();
    }

    /** The office adds a category of its own region: code (letters, digits, - and _; at most 32) and name (at most 50 characters). */
    @RolesAllowed(Roles.OFFICE)
    public ProblemCategoryData add(ProblemCategoryData data, Locale locale) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        List<FieldError> errors = new ArrayList<>();
        String code = Text.clean(data.code());
        if (code == null) {
            errors.add(FieldError.of("code", "field.required"));
        } else if (!code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            errors.add(FieldError.of("code", "ledger.category.code"));
        }
        String name = Text.clean(data.name());
        Text.required(errors, "name", name, ProblemCategory.NAME_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        // A code names one category wherever it is used (problems keep only the code); a name is unique where it is offered.
        if (categories.all().stream().anyMatch(c -> c.code().equals(upper))
                || categories.usableIn(scope.regionPath()).stream().anyMatch(c -> c.name().equals(name))) {
            throw new ConflictException(FieldError.of("code", "ledger.category.taken", upper, name));
        }
        int seq = 100 + categories.all().size();
        ProblemCategory c = new ProblemCategory(em.find(Region.class, scope.regionCode()), upper, name, seq);
        em.persist(c);
        em.flush();
        audit.created(c);
        categories.changed();
        return new ProblemCategoryData(upper, name, scope.regionCode());
    }
}
