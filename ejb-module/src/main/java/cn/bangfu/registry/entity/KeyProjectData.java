package cn.bangfu.registry.entity;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.RegionLevel;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A key project as entered on a form or sent to the API; field names are the JSON properties.
 * {@code category} is a category code, {@code totalInvestment} is in 万元 (ten thousand yuan).
 */
public record KeyProjectData(Long id, String name, String category, BigDecimal totalInvestment, String regionCode,
                             String owner, Long version) implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int OWNER_MAX = 100;
    /** Up to 9,999,999,999.99 万元: the column's numeric(14,2). */
    public static final BigDecimal INVESTMENT_MAX = new BigDecimal("9999999999.99");

    public KeyProjectData normalised() {
        String c = Text.clean(category);
        return new KeyProjectData(id, Text.clean(name), c == null ? null : c.toUpperCase(Locale.ROOT), totalInvestment,
                Text.clean(regionCode), Text.clean(owner), version);
    }

    public List<FieldError> problems() {
        KeyProjectData d = normalised();
        List<FieldError> errors = new ArrayList<>();
        Text.required(errors, "name", d.name, NAME_MAX);
        if (d.category == null) {
            errors.add(FieldError.of("category", "field.required"));
        }
        if (d.totalInvestment != null) {
            if (d.totalInvestment.signum() < 0 || d.totalInvestment.compareTo(INVESTMENT_MAX) > 0) {
                errors.add(FieldError.of("totalInvestment", "keyProject.investment.range"));
            } else if (d.totalInvestment.stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of("totalInvestment", "keyProject.investment.scale"));
            }
        }
        if (d.regionCode == null) {
            errors.add(FieldError.of("regionCode", "field.required"));
        } else if (RegionLevel.of(d.regionCode) == null) {
            errors.add(FieldError.of("regionCode", "region.code.format", d.regionCode));
        }
        Text.optional(errors, "owner", d.owner, OWNER_MAX);
        return errors;
    }

    /** {@link #problems()} plus the stored data: the region in the caller's scope, a known category. */
    public List<FieldError> problems(Scope scope, Function<String, Region> regionByCode,
                                     Function<String, KeyProjectCategory> categoryByCode) {
        List<FieldError> errors = problems();
        KeyProjectData d = normalised();
        if (errors.stream().noneMatch(e -> e.field().equals("regionCode"))) {
            Region region = regionByCode.apply(d.regionCode);
            if (region == null || !scope.covers(region)) {
                errors.add(FieldError.of("regionCode", "region.unknown", d.regionCode));
            }
        }
        if (d.category != null && categoryByCode.apply(d.category) == null) {
            errors.add(FieldError.of("category", "keyProject.category.unknown", d.category));
        }
        return errors;
    }

    public KeyProjectData with(Long id, Long version) {
        return new KeyProjectData(id, name, category, totalInvestment, regionCode, owner, version);
    }
}
