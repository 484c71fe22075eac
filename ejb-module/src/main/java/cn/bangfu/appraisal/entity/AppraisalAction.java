package cn.bangfu.appraisal.entity;

import java.util.Set;

/**
 * The steps of an appraisal form, each from the states listed, and who takes it: the unit submits its self-assessment;
 * an evaluator scores; another evaluator reviews (four eyes: never the one who scored) or returns it with a reason; the
 * office finalises, publicises and publishes (or returns a reviewed form).
 */
public enum AppraisalAction {
    SELF_ASSESS(AppraisalState.SELF_ASSESSED, Set.of(AppraisalState.DRAFT)),
    SCORE(AppraisalState.SCORED, Set.of(AppraisalState.DRAFT, AppraisalState.SELF_ASSESSED)),
    REVIEW(AppraisalState.REVIEWED, Set.of(AppraisalState.SCORED)),
    RETURN(AppraisalState.SELF_ASSESSED, Set.of(AppraisalState.SCORED, AppraisalState.REVIEWED)),
    FINALISE(AppraisalState.FINALISED, Set.of(AppraisalState.REVIEWED)),
    PUBLICISE(AppraisalState.PUBLICISED, Set.of(AppraisalState.FINALISED)),
    PUBLISH(AppraisalState.PUBLISHED, Set.of(AppraisalState.PUBLICISED));

    private final AppraisalState to;
    private final Set<AppraisalState> from;

    AppraisalAction(AppraisalState to, Set<AppraisalState> from) {
        this.to = to;
        this.from = from;
    }

    public AppraisalState to() {
        return to;
    }

    public boolean from(AppraisalState state) {
        return from.contains(state);
    }
}
