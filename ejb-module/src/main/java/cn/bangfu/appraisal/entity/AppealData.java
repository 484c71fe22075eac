package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An appeal as the API shows it; {@code scoreBefore}/{@code scoreAfter} the indicator's points around an upheld answer. */
public record AppealData(Long id, Long appraisalId, String unitCode, String indicator, String reason, String state, String filedBy,
                         Instant filedAt, String answer, String answeredBy, Instant answeredAt, BigDecimal scoreBefore, BigDecimal scoreAfter,
                         long version) implements Serializable {
}
