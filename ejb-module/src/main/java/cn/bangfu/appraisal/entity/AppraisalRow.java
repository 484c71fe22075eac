package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of the list of forms: the unit, the scheme, where the form stands and its totals (the unit sees its total once publicised). */
public record AppraisalRow(Long id, String unitCode, String unitName, String unitType, Long schemeId, String schemeName, String state,
                           BigDecimal total, BigDecimal selfTotal, Boolean vetoed, long version) implements Serializable {
}
