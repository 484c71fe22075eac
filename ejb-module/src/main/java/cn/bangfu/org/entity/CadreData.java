package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A cadre as entered on a form or sent to the API; field names are the JSON properties.
 * {@code rank} is a {@link CadreRank} code, {@code unitCode} the code of his unit.
 */
public record CadreData(Long id, String name, String unitCode, String position, String rank, String phone, Long version)
        implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int POSITION_MAX = 100;

    public CadreData normalised() {
        CadreRank r = CadreRank.of(rank);
        return new CadreData(id, Text.clean(name), Text.clean(unitCode), Text.clean(position),
                r == null ? Text.clean(rank) : r.name(), Text.clean(phone), version);
    }

    public List<FieldError> problems() {
        CadreData d = normalised();
        List<FieldError> errors = new ArrayList<>();
        if (d.name == null) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (Text.longerThan(d.name, NAME_MAX)) {
            errors.add(FieldError.of("name", "field.tooLong", NAME_MAX));
        }
        if (d.unitCode == null) {
            errors.add(FieldError.of("unitCode", "field.required"));
        }
        if (Text.longerThan(d.position, POSITION_MAX)) {
            errors.add(FieldError.of("position", "field.tooLong", POSITION_MAX));
        }
        if (d.rank == null) {
            errors.add(FieldError.of("rank", "field.required"));
        } else if (CadreRank.of(d.rank) == null) {
            errors.add(FieldError.of("rank", "cadre.rank.unknown", d.rank));
        }
        if (d.phone != null && !Phone.valid(d.phone)) {
            errors.add(FieldError.of("phone", "phone.format"));
        }
        return errors;
    }

    /**
     * {@link #problems()} plus the unit: it must exist and the caller must see it. A unit outside
     * the scope gets the same answer as one that does not exist.
     */
    public List<FieldError> problems(Scope scope, Function<String, Unit> unitByCode) {
        List<FieldError> errors = problems();
        String code = normalised().unitCode();
        if (code != null) {
            Unit unit = unitByCode.apply(code);
            if (unit == null || !scope.covers(unit.getRegion())) {
                errors.add(FieldError.of("unitCode", "unit.unknown", code));
            }
        }
        return errors;
    }

    public CadreData with(Long id, Long version) {
        return new CadreData(id, name, unitCode, position, rank, phone, version);
    }
}
