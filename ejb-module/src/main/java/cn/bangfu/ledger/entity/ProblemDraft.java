package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.TargetRef;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a registration (挂号) sends: the target ({@code {"creditCode": …}} or {@code {"projectId": …}}, or its id from a
 * page), title and category (required), description, source and difficulty (defaults: the registering role's source,
 * ORDINARY), the day it was raised (default today) and the visit it came from.
 */
public record ProblemDraft(TargetRef target, Long targetId, String title, String description, String category, String source,
                           String difficulty, LocalDate raisedOn, Long visitId) implements Serializable {
}
