package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The results of a scheme (考评结果): every form with a total, ranked within its unit type with its grade, and the quota
 * use per unit type and grade; the rules they were graded by. While forms are being scored the standings are provisional
 * ({@code complete} false until every form is finalised).
 */
public record ResultsData(Long schemeId, String schemeName, BigDecimal total, Rules rules, boolean complete, List<Item> items,
                          List<QuotaUse> quotaUse) implements Serializable {

    /** {@code unitCode, unitName, unitType, total, rank, grade, vetoed} as the issue spells them, and the form's id and state. */
    public record Item(String unitCode, String unitName, String unitType, BigDecimal total, int rank, String grade, boolean vetoed,
                       boolean heldBackByQuota, Long appraisalId, String state) implements Serializable {
    }

    public record QuotaUse(String unitType, String grade, int units, Integer limit) implements Serializable {
    }

    /** The thresholds (points) and quotas (percent of a unit type's units) the grades were given by. */
    public record Rules(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, int excellentQuotaPercent, int goodQuotaPercent)
            implements Serializable {
    }
}
