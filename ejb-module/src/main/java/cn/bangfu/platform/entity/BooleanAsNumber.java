package cn.bangfu.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A yes/no stored as 1/0 in a smallint column, for flags that aggregate queries count: EclipseLink writes a boolean
 * compared in a CASE as 1, which H2 refuses to compare with a boolean column; 1 and 0 compare alike on H2 and PostgreSQL.
 */
@Converter
public class BooleanAsNumber implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        return value == null ? null : value ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value == null ? null : value != 0;
    }
}
