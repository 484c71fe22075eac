package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A unit as entered on a form, sent to the API or read from a spreadsheet row. {@link #problems()}
 * checks everything that can be checked without the database; field names are the JSON properties.
 */
public record UnitData(String code, String name, String type, String regionCode, String headName,
                       String contactName, String contactPhone, String contactEmail, Long version) implements Serializable {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final int PERSON_MAX = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,31}");

    /** The same data with surrounding blanks removed and empty texts as null. */
    public UnitData normalised() {
        return new UnitData(Text.clean(code), Text.clean(name), Text.clean(type), Text.clean(regionCode), Text.clean(headName),
                Text.clean(contactName), Text.clean(contactPhone), Text.clean(contactEmail), version);
    }

    /** The same data with this e-mail address: a spreadsheet without the column keeps the stored one. */
    public UnitData withContactEmail(String email) {
        return new UnitData(code, name, type, regionCode, headName, contactName, contactPhone, email, version);
    }

    /** The same data for the unit with this code: an update names the unit in its URL. */
    public UnitData withCode(String unitCode) {
        return new UnitData(unitCode, name, type, regionCode, headName, contactName, contactPhone, contactEmail, version);
    }

    public List<FieldError> problems() {
        UnitData d = normalised();
        List<FieldError> errors = new ArrayList<>();
        if (d.code == null) {
            errors.add(FieldError.of("code", "field.required"));
        } else if (!CODE.matcher(d.code).matches()) {
            errors.add(FieldError.of("code", "unit.code.format"));
        }
        Text.required(errors, "name", d.name, NAME_MAX);
        if (d.type == null) {
            errors.add(FieldError.of("type", "field.required"));
        } else if (unitType(d.type) == null) {
            errors.add(FieldError.of("type", "unit.type.unknown", d.type));
        }
        if (d.regionCode == null) {
            errors.add(FieldError.of("regionCode", "field.required"));
        } else if (RegionLevel.of(d.regionCode) == null) {
            errors.add(FieldError.of("regionCode", "region.code.format", d.regionCode));
        }
        Text.optional(errors, "headName", d.headName, PERSON_MAX);
        Text.optional(errors, "contactName", d.contactName, PERSON_MAX);
        if (d.contactPhone != null && !Phone.valid(d.contactPhone)) {
            errors.add(FieldError.of("contactPhone", "phone.format"));
        }
        if (d.contactEmail != null) {
            if (Text.longerThan(d.contactEmail, Email.MAX)) {
                errors.add(FieldError.of("contactEmail", "field.tooLong", Email.MAX));
            } else if (!Email.valid(d.contactEmail)) {
                errors.add(FieldError.of("contactEmail", "email.format"));
            }
        }
        return errors;
    }

    /**
     * {@link #problems()} plus the rule that needs stored data: the region must exist and lie inside
     * the caller's scope. An unknown region and one outside the scope get the same answer, so a user
     * learns nothing about regions he may not see.
     */
    public List<FieldError> problems(Scope scope, Function<String, Region> regionByCode) {
        List<FieldError> errors = problems();
        if (errors.stream().noneMatch(e -> e.field().equals("regionCode"))) {
            String regionCode = normalised().regionCode();
            Region region = regionByCode.apply(regionCode);
            if (region == null || !scope.covers(region)) {
                errors.add(FieldError.of("regionCode", "region.unknown", regionCode));
            }
        }
        return errors;
    }

    /** The unit type named by its code (COUNTY_DEPARTMENT …), case-insensitive; null if there is none. */
    public static UnitType unitType(String value) {
        if (value == null) {
            return null;
        }
        for (UnitType t : UnitType.values()) {
            if (t.name().equalsIgnoreCase(value.strip())) {
                return t;
            }
        }
        return null;
    }

}
