package cn.bangfu.ledger.entity;

import java.io.Serializable;

/**
 * A campaign's service levels as the API and the pages exchange them: working days to accept a routed problem and to
 * resolve it by difficulty, working days RED before it is escalated by itself, and the callback flags' thresholds (an
 * answer shorter than {@code minAnswerLength} characters, a resolution within {@code quickResolveMinutes} of routing).
 * {@code version} is null while the campaign uses the defaults.
 */
public record ServiceLevelsData(int acceptDays, int simpleDays, int ordinaryDays, int complexDays, int hardDays, int escalateAfterRedDays,
                                int minAnswerLength, int quickResolveMinutes, Long version) implements Serializable {
}
